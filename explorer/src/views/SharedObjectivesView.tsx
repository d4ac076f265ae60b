import { ExplorerSharedObjectivesDocument } from '../../../client/generated/graphql';
import { useLang, useT } from '../i18n';
import { useLocation, useParamSetter } from '../url';
import { Link, nodeHref, OrganisationPicker, organisationColour, Page, Status, Toolbar, useAllPages } from '../ui';

/** For each objective of an organisation, the objectives of others that pursue the same, ranked, with why. */
export function SharedObjectivesView() {
  const t = useT();
  const lang = useLang();
  const { params } = useLocation();
  const setParams = useParamSetter();
  const organisation = params.get('org') ?? 'igo';
  const variables = { organisation, limit: 5 };
  const state = useAllPages(ExplorerSharedObjectivesDocument, variables, (d) => d.sharedObjectives);
  const list = state.data?.nodes ?? [];
  const rows = () => list.flatMap((s) => s.matches.map((m, rank) => ({
    objective: s.objective.id, code: s.objective.code, rank: rank + 1, match: m.objective.id, matchOrganisation: m.organisation.id, score: m.score, reasons: m.reasons.join(' | '),
  })));
  return (
    <Page title={t('sharedObjectives')} toolbar={<Toolbar name={`shared-objectives-${organisation}`} document={ExplorerSharedObjectivesDocument} variables={variables} rows={rows} json={() => state.data} />}>
      <div className="controls"><OrganisationPicker multiple={false} selected={[organisation]} onChange={(ids) => setParams({ org: ids[0] ?? null })} /></div>
      <Status state={state} />
      {list.filter((s) => s.matches.length > 0).map((s) => (
        <section key={s.objective.id} className="card">
          <h2><Link to={nodeHref(s.objective.id)}><span className="code">{s.objective.code}</span> {s.objective.title}</Link></h2>
          <ol className="ranked">
            {s.matches.map((m) => (
              <li key={m.objective.id}>
                <span className="score" title={t('score')}>{m.score.toFixed(2)}</span>
                <span className="swatch" style={{ background: organisationColour(m.organisation.id) }} /> {m.organisation.acronym ?? m.organisation.name}:{' '}
                <Link to={nodeHref(m.objective.id)}>{m.objective.code} {m.objective.title}</Link>
                <ul className="reasons">
                  {m.sharedThemes.length > 0 && <li>{t('themeTags')}: {m.sharedThemes.map((th) => (lang === 'nl' ? th.name : th.labelEn ?? th.name)).join(', ')}</li>}
                  {m.reasons.map((r, i) => <li key={i} lang="en">{r}</li>)}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </Page>
  );
}
