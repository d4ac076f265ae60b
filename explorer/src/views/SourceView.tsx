import { useT } from '../i18n';
import { useLocation } from '../url';
import { Page } from '../ui';
import { SourceText } from './SourceText';

/** A source document at a line range: /explore/source/<file>?lines=12-20. */
export function SourceView({ source }: { source: string }) {
  const t = useT();
  const { params } = useLocation();
  const [from, to] = (params.get('lines') ?? '1-40').split('-').map(Number);
  return (
    <Page title={`${t('source')}: ${source}`}>
      <p><a href={`/sources/${encodeURIComponent(source)}?lines=${from}-${to ?? from}&format=text`}>{t('source')} (text)</a></p>
      <SourceText source={source} from={from ?? 1} to={to ?? from ?? 1} context={Number(params.get('context') ?? 25)} />
    </Page>
  );
}
