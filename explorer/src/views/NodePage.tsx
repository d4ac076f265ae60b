import { ExplorerNodeDocument, type GraphEdgeViewFieldsFragment, type GraphNodeViewFieldsFragment } from '../../../client/generated/graphql';
import type { ApiError } from '../api';
import { kindName, useLang, useT } from '../i18n';
import { href } from '../url';
import { BasisBadge, EvidenceView, KindBadge, Link, nodeHref, organisationColour, organisationHref, Page, Status, Toolbar, useQuery } from '../ui';
import { SourceText } from './SourceText';

interface LinkGroup {
  key: string;
  relationship: string;
  outgoing: boolean;
  items: { edge: GraphEdgeViewFieldsFragment; other: GraphNodeViewFieldsFragment }[];
}

function groupLinks(centre: string, nodes: GraphNodeViewFieldsFragment[], edges: GraphEdgeViewFieldsFragment[]): LinkGroup[] {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const groups = new Map<string, LinkGroup>();
  for (const edge of edges) {
    if (edge.source !== centre && edge.target !== centre) continue;
    const outgoing = edge.source === centre;
    const other = byId.get(outgoing ? edge.target : edge.source);
    if (!other) continue;
    const key = `${outgoing ? 'out' : 'in'}:${edge.relationship}`;
    const group = groups.get(key) ?? { key, relationship: edge.relationship, outgoing, items: [] };
    group.items.push({ edge, other });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.relationship.localeCompare(b.relationship) || Number(b.outgoing) - Number(a.outgoing));
}

function Suggestions({ error }: { error: ApiError | Error | undefined }) {
  const t = useT();
  const suggestions = ((error as ApiError | undefined)?.extensions?.suggestions ?? []) as { id: string; label: string; kind: string }[];
  if (!suggestions.length) return null;
  return (
    <div className="suggestions"><p>{t('suggestionsTitle')}</p>
      <ul>{suggestions.map((s) => <li key={s.id}><Link to={nodeHref(s.id)}>{s.label}</Link> <small>({s.id})</small></li>)}</ul>
    </div>
  );
}

/** Every entity's page: its fields, its provenance as the source text, its links by relationship. */
export function NodePage({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const variables = { id };
  const state = useQuery(ExplorerNodeDocument, variables);
  const data = state.data;
  const centre = data?.neighbourhood.nodes.find((n) => n.nodeId === id);
  const entity = data?.node && 'kind' in data.node ? data.node : undefined;
  const groups = data ? groupLinks(id, data.neighbourhood.nodes, data.neighbourhood.edges) : [];
  // Links suggested by alignment analysis will be reviewed (accepted or rejected) here.
  const suggested = groups.flatMap((g) => g.items.filter((i) => i.edge.basis === 'SUGGESTED'));
  const p = entity?.provenance;
  return (
    <Page title={centre?.label ?? id} toolbar={<Toolbar name={`node-${id.replace(/\W+/g, '-')}`} document={ExplorerNodeDocument} variables={variables}
      rows={() => groups.flatMap((g) => g.items.map(({ edge, other }) => ({ relationship: g.relationship, direction: g.outgoing ? 'out' : 'in', other: other.nodeId, label: other.label, basis: edge.basis, weight: edge.weight, source: edge.evidence.provenance?.source, lines: edge.evidence.provenance ? `${edge.evidence.provenance.lines.from}-${edge.evidence.provenance.lines.to}` : null })))}
      json={() => data} />}>
      <Status state={state}><Suggestions error={state.error} /></Status>
      {centre && entity && (
        <>
          <div className="node-head">
            <KindBadge kind={centre.kind} subtype={centre.subtype} /> <BasisBadge basis={entity.basis} />
            {centre.organisationId && (
              <Link to={organisationHref(centre.organisationId)} className="org">
                <span className="swatch" style={{ background: organisationColour(centre.organisationId) }} /> {centre.organisationId}
              </Link>
            )}
            <span className="degree">{centre.degree} {t('degree')}</span>
            <Link to={href(['graph'], { nodes: id })}>{t('openGraph')}</Link>
          </div>
          <p className="node-title">{centre.title}</p>
          {centre.labelEn && <p lang="en" className="label-en">{centre.labelEn}</p>}
          <div className="columns">
            <section aria-labelledby="fields" className="fields">
              <h2 id="fields">{t('fields')}</h2>
              <dl>
                <dt>id</dt><dd><code>{id}</code></dd>
                {(data!.neighbourhood.nodes[0]?.properties ?? []).filter((f) => !['source', 'lineFrom', 'lineTo', 'quote', 'planId', 'basis', 'position', 'title', 'text'].includes(f.name)).map((f) => (
                  <div key={f.name} className="field"><dt>{f.name}</dt><dd>{formatValue(f.value)}</dd></div>
                ))}
                {entity.rationale && <><dt>{t('rationale')}</dt><dd>{entity.rationale}</dd></>}
              </dl>
            </section>
            <section aria-labelledby="provenance" className="provenance">
              <h2 id="provenance">{t('provenance')}</h2>
              {p ? (
                <>
                  <p>{p.plan?.title ?? p.source}, {t('lines')} {p.lines.from}–{p.lines.to}</p>
                  {p.quote && <blockquote className="quote">{p.quote}</blockquote>}
                  <SourceText source={p.source} from={p.lines.from} to={p.lines.to} context={6} />
                </>
              ) : <p>{entity.rationale ?? '—'}</p>}
            </section>
          </div>
          <section aria-labelledby="links">
            <h2 id="links">{t('links')}</h2>
            {suggested.length > 0 && <p className="note">{t('reviewSuggestions')}: {suggested.length}</p>}
            {groups.map((g) => (
              <details key={g.key} open={g.items.length <= 12} className="link-group">
                <summary><strong>{g.relationship}</strong> {g.outgoing ? t('outgoing') : t('incoming')} · {g.items.length} {kindName(g.items[0]!.other.kind, lang, g.items.length !== 1).toLowerCase()}</summary>
                <ul>
                  {g.items.map(({ edge, other }) => (
                    <li key={edge.id}>
                      <Link to={nodeHref(other.nodeId)}>{other.label}</Link> <KindBadge kind={other.kind} subtype={other.subtype} />
                      {edge.weight > 1 && <span className="weight">×{edge.weight}</span>}
                      <EvidenceView evidence={edge.evidence} />
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </section>
        </>
      )}
      {data && !entity && <p>{t('nodeNotFound')}</p>}
    </Page>
  );
}

function formatValue(json: string): string {
  try {
    const value = JSON.parse(json) as unknown;
    if (Array.isArray(value)) return value.join(', ');
    if (value && typeof value === 'object') return JSON.stringify(value);
    return String(value);
  } catch {
    return json;
  }
}
