import { ExplorerGapsDocument } from '../../../client/generated/graphql';
import { useT } from '../i18n';
import { listParam, useLocation, useParamSetter } from '../url';
import { Link, nodeHref, OrganisationPicker, organisationColour, Page, Status, Toolbar, useQuery } from '../ui';

type Entry<I, O> = { name: string; items: I[]; objectives: O[] };

/** Coverage gaps, per organisation: unanswered threats and weaknesses, objectives without actions. */
export function GapsView() {
  const t = useT();
  const { params } = useLocation();
  const setParams = useParamSetter();
  const organisations = listParam(params, 'orgs');
  const includeWeaknesses = params.get('weaknesses') !== '0';
  const variables = { organisations: organisations.length ? organisations : null, includeWeaknesses, first: 100 };
  const state = useQuery(ExplorerGapsDocument, variables);
  const gaps = state.data?.coverageGaps;
  type Item = NonNullable<typeof gaps>['unansweredItems']['nodes'][number];
  type Objective = NonNullable<typeof gaps>['objectivesWithoutActions']['nodes'][number];
  const byOrg = new Map<string, Entry<Item, Objective>>();
  const entry = (o: { id: string; name: string; acronym: string | null }) => {
    const e = byOrg.get(o.id) ?? { name: o.acronym ?? o.name, items: [], objectives: [] };
    byOrg.set(o.id, e);
    return e;
  };
  for (const i of gaps?.unansweredItems.nodes ?? []) entry(i.organisation).items.push(i);
  for (const o of gaps?.objectivesWithoutActions.nodes ?? []) entry(o.organisation).objectives.push(o);
  const rows = () => [
    ...(gaps?.unansweredItems.nodes ?? []).map((i) => ({ organisation: i.organisation.id, gap: 'UNANSWERED_ITEM', id: i.item.id, code: i.item.code, type: i.item.type, text: i.item.text })),
    ...(gaps?.objectivesWithoutActions.nodes ?? []).map((o) => ({ organisation: o.organisation.id, gap: 'OBJECTIVE_WITHOUT_ACTION', id: o.objective.id, code: o.objective.code, type: o.objective.level, text: o.objective.title })),
  ];
  return (
    <Page title={t('gaps')} toolbar={<Toolbar name="coverage-gaps" document={ExplorerGapsDocument} variables={variables} rows={rows} json={() => state.data} />}>
      <div className="controls">
        <OrganisationPicker selected={organisations} onChange={(ids) => setParams({ orgs: ids })} />
        <label><input type="checkbox" checked={includeWeaknesses} onChange={(e) => setParams({ weaknesses: e.target.checked ? null : '0' })} /> {t('includeWeaknesses')}</label>
      </div>
      <Status state={state} />
      {gaps && (gaps.unansweredItems.totalCount > gaps.unansweredItems.nodes.length || gaps.objectivesWithoutActions.totalCount > gaps.objectivesWithoutActions.nodes.length) && (
        <p className="note">{gaps.unansweredItems.nodes.length}/{gaps.unansweredItems.totalCount} · {gaps.objectivesWithoutActions.nodes.length}/{gaps.objectivesWithoutActions.totalCount}</p>
      )}
      {[...byOrg].map(([id, e]) => (
        <section key={id} className="org-section" aria-labelledby={`gaps-${id}`}>
          <h2 id={`gaps-${id}`}><span className="swatch" style={{ background: organisationColour(id) }} /> {e.name}</h2>
          <h3>{t('unanswered')} ({e.items.length})</h3>
          <ul>{e.items.map(({ item: i }) => <li key={i.id}><Link to={nodeHref(i.id)}><span className="code">{i.type === 'WEAKNESS' ? 'W' : 'T'}{i.code}</span> {i.text}</Link></li>)}</ul>
          <h3>{t('withoutActions')} ({e.objectives.length})</h3>
          <ul>{e.objectives.map(({ objective: o }) => <li key={o.id}><Link to={nodeHref(o.id)}><span className="code">{o.code}</span> {o.title}</Link></li>)}</ul>
        </section>
      ))}
    </Page>
  );
}
