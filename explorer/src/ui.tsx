import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState, type ReactNode } from 'react';
import { ExplorerPublishersDocument, type EvidenceBriefFieldsFragment } from '../../client/generated/graphql';
import { ApiError, graphiqlHref, request } from './api';
import { downloadCsv, downloadJson, type Row } from './exporting';
import { kindName, useLang, useT } from './i18n';
import { href, navigate } from './url';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | Error | undefined;
  loading: boolean;
}

/** Runs a typed operation whenever its variables change (by value). */
export function useQuery<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V, skip = false): QueryState<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined, loading: !skip });
  useEffect(() => {
    if (skip) return void setState({ data: undefined, error: undefined, loading: false });
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: undefined, loading: true }));
    request(document, JSON.parse(key) as V, controller.signal).then(
      (data) => setState({ data, error: undefined, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [document, key, skip]);
  return state;
}

interface Paged<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: N[];
}

/** Every page of a connection (up to maxPages), following the cursors; the nodes concatenated. */
export function useAllPages<T, V extends Record<string, unknown>, N>(document: TypedDocumentNode<T, V>, variables: V, pick: (data: T) => Paged<N>, maxPages = 10): QueryState<Paged<N>> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<QueryState<Paged<N>>>({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    const controller = new AbortController();
    setState({ data: undefined, error: undefined, loading: true });
    (async () => {
      const base = JSON.parse(key) as V;
      let page = pick(await request(document, base, controller.signal));
      const nodes = [...page.nodes];
      for (let i = 1; i < maxPages && page.pageInfo.hasNextPage; i++) {
        page = pick(await request(document, { ...base, after: page.pageInfo.endCursor }, controller.signal));
        nodes.push(...page.nodes);
      }
      setState({ data: { ...page, nodes }, error: undefined, loading: false });
    })().catch((error: Error) => {
      if (error.name !== 'AbortError') setState({ data: undefined, error, loading: false });
    });
    return () => controller.abort();
  }, [document, key]);
  return state;
}

export function Status({ state, children }: { state: QueryState<unknown>; children?: ReactNode }) {
  const t = useT();
  if (state.error) return <div className="error" role="alert"><strong>{t('error')}:</strong> {state.error.message}{children}</div>;
  if (state.loading) return <p className="loading" aria-live="polite">{t('loading')}</p>;
  return null;
}

/** Internal link that keeps the single page (and opens in a new tab with a modifier key). */
export function Link({ to, children, className, title }: { to: string; children: ReactNode; className?: string; title?: string }) {
  return (
    <a href={to} className={className} title={title} onClick={(e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(to);
    }}>{children}</a>
  );
}

export const nodeHref = (id: string) => href(['node', id]);
export const organisationHref = (id: string) => href(['organisation', id]);

export function NodeLink({ id, children }: { id: string; children: ReactNode }) {
  return <Link to={nodeHref(id)}>{children}</Link>;
}

export function BasisBadge({ basis }: { basis: string }) {
  const t = useT();
  const key = basis === 'STATED' ? 'stated' : basis === 'CURATED' ? 'curated' : 'suggested';
  return <span className={`badge basis-${basis.toLowerCase()}`}>{t(key)}</span>;
}

export function KindBadge({ kind, subtype }: { kind: string; subtype?: string | null }) {
  const lang = useLang();
  return <span className={`badge kind kind-${kind.toLowerCase()}`}>{kindName(kind, lang)}{subtype ? ` · ${subtype.toLowerCase().replace(/_/g, ' ')}` : ''}</span>;
}

/** One link's evidence: basis, wording, and where the document says it (or why it was added). */
export function EvidenceView({ evidence }: { evidence: EvidenceBriefFieldsFragment & { provenance?: { plan?: { title: string } | null } | null } }) {
  const t = useT();
  const p = evidence.provenance;
  return (
    <div className="evidence">
      <span className="relationship">{evidence.relationship}</span> <BasisBadge basis={evidence.basis} />
      {evidence.wording && <span className="wording"> “{evidence.wording}”</span>}
      {evidence.rationale && <p className="rationale"><strong>{t('rationale')}:</strong> {evidence.rationale}</p>}
      {p && (
        <p className="where">
          <Link to={href(['source', p.source], { lines: `${p.lines.from}-${p.lines.to}` })}>
            {p.plan?.title ?? p.source}, {t('lines')} {p.lines.from}–{p.lines.to}
          </Link>
          {p.quote && <q className="quote">{p.quote}</q>}
        </p>
      )}
    </div>
  );
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export interface ToolbarProps {
  name: string;
  document?: TypedDocumentNode<any, any>;
  variables?: Record<string, unknown>;
  rows?: () => Row[];
  json?: () => unknown;
  children?: ReactNode;
}

/** Permalink, exports and "open in GraphiQL" of a view. */
export function Toolbar({ name, document, variables, rows, json, children }: ToolbarProps) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('export')}>
      <a href={window.location.href} onClick={async (e) => {
        e.preventDefault();
        if (await copy(window.location.href)) {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        }
      }}>{copied ? t('copied') : t('permalink')}</a>
      {rows && <button type="button" onClick={() => downloadCsv(name, rows())}>{t('exportCsv')}</button>}
      {json && <button type="button" onClick={() => downloadJson(name, json())}>{t('exportJson')}</button>}
      {children}
      {document && <a className="graphiql" href={graphiqlHref(document, variables ?? {})} target="_blank" rel="noopener">{t('openGraphiql')}</a>}
    </div>
  );
}

export interface Publisher {
  id: string;
  name: string;
  acronym: string | null;
  plans: { id: string; title: string }[];
}

let publishersCache: Promise<Publisher[]> | undefined;

/** The organisations that publish a plan (the pickers' choices), fetched once. */
export function usePublishers(): Publisher[] {
  const [list, setList] = useState<Publisher[]>([]);
  useEffect(() => {
    publishersCache ??= request(ExplorerPublishersDocument, {}).then((d) => {
      const byId = new Map<string, Publisher>();
      for (const p of d.plans.nodes) {
        if (!p.publisher) continue;
        const entry = byId.get(p.publisher.id) ?? { id: p.publisher.id, name: p.publisher.name, acronym: p.publisher.acronym ?? null, plans: [] };
        entry.plans.push({ id: p.id, title: p.title });
        byId.set(p.publisher.id, entry);
      }
      return [...byId.values()].sort((a, b) => (a.acronym ?? a.name).localeCompare(b.acronym ?? b.name));
    });
    let live = true;
    publishersCache.then((l) => live && setList(l), () => undefined);
    return () => void (live = false);
  }, []);
  return list;
}

export function OrganisationPicker({ selected, onChange, multiple = true }: { selected: string[]; onChange: (ids: string[]) => void; multiple?: boolean }) {
  const t = useT();
  const publishers = usePublishers();
  return (
    <fieldset className="picker">
      <legend>{t('chooseOrganisations')}</legend>
      {publishers.map((p) => (
        <label key={p.id} title={p.name}>
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name="organisation"
            checked={selected.includes(p.id)}
            onChange={(e) => onChange(multiple ? (e.target.checked ? [...selected, p.id] : selected.filter((s) => s !== p.id)) : [p.id])}
          />
          <span className="swatch" style={{ background: organisationColour(p.id) }} /> {p.acronym ?? p.name}
        </label>
      ))}
    </fieldset>
  );
}

/** Colours: the publishers keep theirs everywhere; other organisations get one from their id. */
const PUBLISHER_COLOURS: Record<string, string> = {
  igo: '#1f77b4', ssr: '#ff7f0e', ajh: '#2ca02c', 'fod-binnenlandse-zaken': '#d62728', 'vlaams-parlement': '#9467bd',
};
const OTHER_COLOURS = ['#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];

export function organisationColour(id: string | null | undefined): string {
  if (!id) return '#9aa5b1';
  const fixed = PUBLISHER_COLOURS[id];
  if (fixed) return fixed;
  let hash = 0;
  for (const c of id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return OTHER_COLOURS[hash % OTHER_COLOURS.length]!;
}

export const KIND_COLOURS: Record<string, string> = {
  ORGANISATION: '#1b4f72', PLAN: '#6c3483', STAKEHOLDER_GROUP: '#a04000', SWOT_ITEM: '#b03a2e', PESTEL_FACTOR: '#7d6608',
  RISK: '#922b21', RISK_DOMAIN: '#cb4335', OBJECTIVE: '#1e8449', ACTION: '#2874a6', DELIVERABLE: '#5dade2',
  SYSTEM: '#117a65', FIGURE: '#909497', THEME: '#d4ac0d',
};

export function Page({ title, children, toolbar }: { title: string; children: ReactNode; toolbar?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · PlanGraph`;
  }, [title]);
  return (
    <section className="page">
      <header className="page-header"><h1>{title}</h1>{toolbar}</header>
      {children}
    </section>
  );
}
