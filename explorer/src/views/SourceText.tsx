import { useEffect, useRef, useState } from 'react';
import { sourceExcerpt, type SourceExcerpt } from '../api';
import { useT } from '../i18n';

/** The source document's text around the cited lines, the cited ones highlighted. */
export function SourceText({ source, from, to, context = 12 }: { source: string; from: number; to: number; context?: number }) {
  const t = useT();
  const [excerpt, setExcerpt] = useState<SourceExcerpt | undefined>();
  const [error, setError] = useState<string | undefined>();
  const firstCited = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    let live = true;
    setExcerpt(undefined);
    sourceExcerpt(source, from, to, context).then((e) => live && setExcerpt(e), (e: Error) => live && setError(e.message));
    return () => void (live = false);
  }, [source, from, to, context]);
  useEffect(() => {
    firstCited.current?.scrollIntoView?.({ block: 'nearest' });
  }, [excerpt]);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!excerpt) return <p className="loading">{t('loading')}</p>;
  let marked = false;
  return (
    <figure className="source-text">
      <figcaption>{excerpt.title ?? excerpt.source} — {t('lines')} {excerpt.from}–{excerpt.to} / {excerpt.totalLines} <small>({excerpt.source})</small></figcaption>
      <table>
        <tbody>
          {excerpt.lines.map((l) => {
            const ref = l.cited && !marked ? ((marked = true), firstCited) : undefined;
            return (
              <tr key={l.number} ref={ref} className={l.cited ? 'cited' : undefined} data-line={l.number}>
                <td className="line-number">{l.number}</td>
                <td className="line-text">{l.cited ? <mark>{l.text || '\u00a0'}</mark> : l.text || '\u00a0'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
