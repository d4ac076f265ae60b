import { useState } from 'react';
import { ExplorerAnswerEvidenceDocument, ExplorerThreatsDocument, type ExplorerThreatsQuery, type GraphEdgeViewFieldsFragment } from '../../../client/generated/graphql';
import { useT } from '../i18n';
import { listParam, useLocation, useParamSetter } from '../url';
import { EvidenceView, Link, nodeHref, OrganisationPicker, Page, Status, Toolbar, useAllPages, useQuery } from '../ui';

type Threat = ExplorerThreatsQuery['threatsToObjectives']['nodes'][number];
type Answer = Threat['answers'][number];

/** "Strategische doelstelling 12" -> "SD 12": a column header must stay narrow. */
export function compactCode(code: string | null | undefined): string {
  if (!code) return '';
  if (code.length <= 10) return code;
  const words = code.split(/\s+/);
  const last = words.at(-1)!;
  return /\d/.test(last) ? `${words.slice(0, -1).map((w) => w[0]!.toUpperCase()).join('')} ${last}` : code;
}

const codeOrder = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').localeCompare(b ?? '', undefined, { numeric: true });

/** Threats × objectives: a cell per answer, with the risk domains it goes through; evidence on click. */
export function ThreatsView() {
  const t = useT();
  const { params } = useLocation();
  const setParams = useParamSetter();
  const organisations = listParam(params, 'orgs');
  const includeWeaknesses = params.get('weaknesses') === '1';
  const variables = { organisations: organisations.length ? organisations : ['fod-binnenlandse-zaken'], includeWeaknesses };
  const state = useAllPages(ExplorerThreatsDocument, variables, (d) => d.threatsToObjectives);
  const [selected, setSelected] = useState<{ threat: Threat; answers: Answer[] } | undefined>();
  const threats = state.data?.nodes ?? [];
  const objectives = [...new Map(threats.flatMap((th) => th.answers.map((a) => [a.objective.id, a.objective] as const))).values()].sort((a, b) => codeOrder(a.code, b.code));
  const rows = () => threats.flatMap((th) => th.answers.map((a) => ({
    organisation: th.organisation.id, threat: th.item.code, threatText: th.item.text, type: th.item.type, objective: a.objective.code, objectiveTitle: a.objective.title,
    route: a.route, domain: a.riskDomain?.code ?? null,
  })));
  return (
    <Page title={t('threats')} toolbar={<Toolbar name="threats-to-objectives" document={ExplorerThreatsDocument} variables={variables} rows={rows} json={() => state.data} />}>
      <div className="controls">
        <OrganisationPicker selected={variables.organisations} onChange={(ids) => setParams({ orgs: ids })} />
        <label><input type="checkbox" checked={includeWeaknesses} onChange={(e) => setParams({ weaknesses: e.target.checked ? '1' : null })} /> {t('includeWeaknesses')}</label>
      </div>
      <Status state={state} />
      <p className="note">{t('clickCell')}</p>
      {threats.length > 0 && (
        <div className="matrix-wrap">
          <table className="matrix threats-matrix">
            <thead>
              <tr>
                <th scope="col">{t('threat')}</th>
                {objectives.map((o) => <th key={o.id} scope="col" className="objective-head" title={o.title}><Link to={nodeHref(o.id)}>{o.code ? compactCode(o.code) : o.title}</Link></th>)}
              </tr>
            </thead>
            <tbody>
              {threats.map((th) => {
                const byObjective = new Map<string, Answer[]>();
                for (const a of th.answers) byObjective.set(a.objective.id, [...(byObjective.get(a.objective.id) ?? []), a]);
                return (
                  <tr key={th.item.id} data-threat={th.item.id} data-threat-code={th.item.code ?? ''}>
                    <th scope="row" className="threat-head">
                      <Link to={nodeHref(th.item.id)}><span className="code">{th.item.type === 'WEAKNESS' ? 'W' : 'T'}{th.item.code}</span> {th.item.text}</Link>
                      <span className="count">{byObjective.size}</span>
                    </th>
                    {objectives.map((o) => {
                      const answers = byObjective.get(o.id);
                      if (!answers) return <td key={o.id} />;
                      const domains = [...new Set(answers.map((a) => a.riskDomain?.code ?? '•'))].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
                      const isSelected = selected?.threat.item.id === th.item.id && selected.answers[0]?.objective.id === o.id;
                      return (
                        <td key={o.id} className={`answered${isSelected ? ' selected' : ''}`} data-objective={o.id}>
                          <button type="button" aria-label={`${th.item.code} → ${o.code}: ${domains.join(', ')}`} onClick={() => setSelected({ threat: th, answers })}>{domains.join(' ')}</button>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {selected && (
        <aside className="panel evidence-panel" aria-label={t('evidence')}>
          <button type="button" className="close" onClick={() => setSelected(undefined)} aria-label="Close">×</button>
          <h2>{t('evidence')}</h2>
          <p><strong>{selected.threat.item.code}</strong> {selected.threat.item.text}</p>
          <p>→ <Link to={nodeHref(selected.answers[0]!.objective.id)}>{selected.answers[0]!.objective.code} {selected.answers[0]!.objective.title}</Link></p>
          <AnswerEvidence threat={selected.threat.item.id} answers={selected.answers} />
        </aside>
      )}
    </Page>
  );
}

/** The links behind the answers of one cell, fetched when it is opened. */
function AnswerEvidence({ threat, answers }: { threat: string; answers: Answer[] }) {
  const t = useT();
  const objective = answers[0]!.objective.id;
  const state = useQuery(ExplorerAnswerEvidenceDocument, { threat, objective });
  const edges = [...(state.data?.threat.edges ?? []), ...(state.data?.objective.edges ?? [])];
  const touches = (e: GraphEdgeViewFieldsFragment, ids: string[]) => ids.includes(e.source) || ids.includes(e.target);
  return (
    <>
      <Status state={state} />
      {answers.map((a, i) => {
        const domain = a.riskDomain?.id;
        const links = edges.filter((e) => (domain ? touches(e, [domain]) && (touches(e, [threat]) || touches(e, [objective])) : touches(e, [threat]) && touches(e, [objective])));
        return (
          <div key={i} className="answer">
            <p>{a.route === 'RISK_DOMAIN' && a.riskDomain ? <>{t('domains')}: <Link to={nodeHref(a.riskDomain.id)}>{a.riskDomain.code} {a.riskDomain.name}</Link></> : a.route}</p>
            {links.map((e) => <EvidenceView key={e.id} evidence={e.evidence} />)}
          </div>
        );
      })}
    </>
  );
}
