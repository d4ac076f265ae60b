import { ExplorerGapsDocument } from '../../../client/generated/graphql';
import { useT } from '../i18n';
import { listParam, useLocation, useParamSetter } from '../url';
import { Link, nodeHref, OrganisationPicker, organisationColour, Page, Status, Toolbar, useQuery } from '../ui';

/** Coverage gaps, per organisation: unanswered threats and weaknesses, objectives without actions. */
export function GapsView() {
  const t = useT();
  const { params } = useLocation();
  const setParams = useParamSetter();
  const organisations = listParam(params, 'orgs');
  const includeWeaknesses = params.get('weaknesses') !== '0';
  const variables = { organisations: organisations.length ? organisations : null, includeWeaknesses };
  const state = useQuery(ExplorerGapsDocument, variables);
  const gaps = state.data?.coverageGaps;
  const orgOf = (plan: { publisher?: { id: string; acronym?: string | null; name: string } | null } | null | undefined) => plan?.publisher ?? { id: '?', acronym: '?', name: '?' };
  const byOrg = new Map<string, { name: string; items: NonNullable<typeof gaps>['unansweredItems']; objectives: NonNullable<typeof gaps>['objectivesWithoutActions'] }>();
  for (const item of gaps?.unansweredItems ?? []) {
    const o = orgOf(item.plan);
    const entry = byOrg.get(o.id) ?? { name: o.acronym ?? o.name, items: [], objectives: [] };
    entry.items.push(item);
    byOrg.set(o.id, entry);
  }
  for (const objective of gaps?.objectivesWithoutActions ?? []) {
    const o = orgOf(objective.plan);
    const entry = byOrg.get(o.id) ?? { name: o.acronym ?? o.name, items: [], objectives: [] };
    entry.objectives.push(objective);
    byOrg.set(o.id, entry);
  }
  const rows = () => [
    ...(gaps?.unansweredItems ?? []).map((i) => ({ organisation: orgOf(i.plan).id, gap: 'UNANSWERED_ITEM', id: i.id, code: i.code, type: i.type, text: i.text })),
    ...(gaps?.objectivesWithoutActions ?? []).map((o) => ({ organisation: orgOf(o.plan).id, gap: 'OBJECTIVE_WITHOUT_ACTION', id: o.id, code: o.code, type: o.level, text: o.title })),
  ];
  return (
    <Page title={t('gaps')} toolbar={<Toolbar name="coverage-gaps" document={ExplorerGapsDocument} variables={variables} rows={rows} json={() => state.data} />}>
      <div className="controls">
        <OrganisationPicker selected={organisations} onChange={(ids) => setParams({ orgs: ids })} />
        <label><input type="checkbox" checked={includeWeaknesses} onChange={(e) => setParams({ weaknesses: e.target.checked ? null : '0' })} /> {t('includeWeaknesses')}</label>
      </div>
      <Status state={state} />
      {[...byOrg].map(([id, entry]) => (
        <section key={id} className="org-section" aria-labelledby={`gaps-${id}`}>
          <h2 id={`gaps-${id}`}><span className="swatch" style={{ background: organisationColour(id) }} /> {entry.name}</h2>
          <h3>{t('unanswered')} ({entry.items.length})</h3>
          <ul>{entry.items.map((i) => <li key={i.id}><Link to={nodeHref(i.id)}><span className="code">{i.type === 'WEAKNESS' ? 'W' : 'T'}{i.code}</span> {i.text}</Link></li>)}</ul>
          <h3>{t('withoutActions')} ({entry.objectives.length})</h3>
          <ul>{entry.objectives.map((o) => <li key={o.id}><Link to={nodeHref(o.id)}><span className="code">{o.code}</span> {o.title}</Link></li>)}</ul>
        </section>
      ))}
    </Page>
  );
}
