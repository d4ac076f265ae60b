import { PARTNER_ROLES } from '../src/model/enums.js';
import { asSet, byId, unwrapEdges, unwrapNodes } from './answers.js';

/**
 * The reads the benchmark times, each on three sides:
 *
 * - **plangraph**: a GraphQL operation of bench/operations/ (or, for the nine questions, of
 *   operations/examples/, what GraphiQL users and the client run) sent to the service;
 * - **peer**: the equivalent operation for @neo4j/graphql (bench/operations/*.peer.graphql),
 *   or the reason it can not express the read;
 * - **driver**: one Cypher statement through the driver, the floor (bench/cypher/, or for the
 *   questions without a floor of their own, the question's file in cypher/questions/).
 *
 * Where the answers can be compared, `answer` turns each side's result into one canonical form;
 * the benchmark refuses to time a read whose sides disagree.
 */
export type Side = 'plangraph' | 'peer' | 'driver';
export const SIDES: readonly Side[] = ['plangraph', 'peer', 'driver'];

export interface GraphQLOperation {
  /** Path from the project root. */
  readonly file: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

export interface Statement {
  /** Path from the project root. */
  readonly file: string;
  readonly params: Readonly<Record<string, unknown>>;
}

type Data = Record<string, unknown>;
type Rows = Record<string, unknown>[];

export interface CanonicalAnswer {
  plangraph(data: Data): unknown;
  peer(data: Data): unknown;
  driver(rows: Rows): unknown;
}

export interface Read {
  /** Short name, also the --reads selector. */
  readonly name: string;
  readonly description: string;
  readonly plangraph: GraphQLOperation;
  readonly peer: GraphQLOperation | { readonly unsupported: string };
  /** The floor, or why there is none. */
  readonly driver: Statement | { readonly unsupported: string };
  readonly answer?: CanonicalAnswer;
}

/** What some reads need from the graph they run on, found before timing. */
export interface ReadContext {
  /** Ids of nodes of several kinds, for the nodes-by-id read. */
  readonly nodeIds: readonly string[];
}

const BIZA = 'fod-binnenlandse-zaken';
/** The largest plan of the seed graph; every scale keeps the seed, so the answers stay the same. */
const NESTED_ORGANISATION = 'ajh';
/** PlanGraph's page size when an operation gives no `first` (DEFAULT_PAGE of its connections). */
const DEFAULT_PAGE = 20;

// ---------------------------------------------------------------- canonical forms

type Obj = Record<string, unknown>;
const list = (value: unknown): Obj[] => (Array.isArray(value) ? (value as Obj[]) : []);
const single = (value: unknown): Obj | null => (Array.isArray(value) ? ((value[0] as Obj | undefined) ?? null) : ((value as Obj | null) ?? null));

/** A link's evidence: which relationship, on what basis, and where the document says it. */
function evidence(relationship: string, basis: unknown, source: unknown, from: unknown, to: unknown, quote: unknown): Obj {
  return { relationship, basis, source: source ?? null, from: from ?? null, to: to ?? null, quote: quote ?? null };
}

function planGraphEvidence(e: Obj): Obj {
  const p = e.provenance as Obj | null;
  const lines = (p?.lines ?? null) as Obj | null;
  return evidence(String(e.relationship), e.basis, p?.source, lines?.from, lines?.to, p?.quote);
}

function edgeEvidence(relationship: string, props: Obj): Obj {
  return evidence(relationship, props.basis, props.source, props.lineFrom, props.lineTo, props.quote);
}

/** One side's threat routes, grouped: each domain with its link and its answering objectives, then the direct answers. */
interface GroupedRoutes {
  readonly domains: readonly { riskDomain: unknown; evidence: Obj[]; objectives: readonly { objective: unknown; evidence: Obj[] }[] }[];
  readonly direct: readonly { objective: unknown; evidence: Obj[] }[];
}

/** The routes as one canonical list: a domain's link beside each objective's. */
function routes({ domains, direct }: GroupedRoutes): Obj[] {
  return [
    ...domains.flatMap((d) => d.objectives.map((a) => ({ route: 'RISK_DOMAIN', riskDomain: d.riskDomain, objective: a.objective, evidence: [...d.evidence, ...a.evidence] }))),
    ...direct.map((a) => ({ route: 'DIRECT', riskDomain: null, objective: a.objective, evidence: a.evidence })),
  ];
}

/** Threat coverage: the total, the page's items by id, answers as a set (the peer can not order them). */
function threats(totalCount: unknown, items: { organisation: unknown; item: Obj; answers: Obj[] }[]): unknown {
  return { totalCount, items: byId(items.map((t) => ({ ...t, id: t.item.id, answers: asSet(t.answers) }))) };
}

const nodeFields: Record<string, readonly string[]> = {
  Organisation: ['name'],
  Plan: ['title'],
  Objective: ['code', 'title'],
  Action: ['code', 'title'],
  Deliverable: ['title'],
  SwotItem: ['code', 'text'],
  PestelFactor: ['code', 'text'],
  Risk: ['code', 'text'],
  RiskDomain: ['code', 'name'],
  StakeholderGroup: ['code', 'name'],
  System: ['code', 'name'],
  Figure: ['label', 'text'],
  Theme: ['code', 'name'],
};

/** Systems and themes answer their (non-null) code under an alias in the operations. */
const aliases: Record<string, string> = { System: 'systemCode', Theme: 'themeCode' };

function canonicalNode(typename: string, n: Obj): Obj {
  const value = (f: string) => (f === 'code' && typename in aliases && !('code' in n) ? n[aliases[typename]!] : n[f]) ?? null;
  return Object.fromEntries([['typename', typename], ['id', n.id], ...(nodeFields[typename] ?? []).map((f) => [f, value(f)])]);
}

/** Coverage gaps: per list, the total and the page as a set of (publisher, item). */
function gaps(unanswered: { totalCount: unknown; nodes: { organisation: unknown; item: Obj }[] }, objectives: { totalCount: unknown; nodes: { organisation: unknown; objective: Obj }[] }): unknown {
  const plan = (x: Obj) => ({ id: single(x.plan)?.id ?? null });
  return {
    unansweredItems: {
      totalCount: unanswered.totalCount,
      nodes: byId(unanswered.nodes.map(({ organisation, item: t }) => ({ id: t.id, organisation, type: t.type, code: t.code ?? null, text: t.text, plan: plan(t) }))),
    },
    objectivesWithoutActions: {
      totalCount: objectives.totalCount,
      nodes: byId(objectives.nodes.map(({ organisation, objective: o }) => ({ id: o.id, organisation, code: o.code ?? null, title: o.title, plan: plan(o) }))),
    },
  };
}

// ---------------------------------------------------------------- the reads

function nested(name: string, description: string, plangraphFile: string, first: number, variables: Obj): Read {
  return {
    name,
    description,
    plangraph: { file: plangraphFile, variables },
    peer: { file: 'bench/operations/nested.peer.graphql', variables: { id: NESTED_ORGANISATION, first } },
    driver: { file: 'bench/cypher/nested.cypher', params: { id: NESTED_ORGANISATION, first } },
    answer: {
      plangraph: (d) => unwrapNodes(d.organisation),
      peer: (d) => unwrapEdges(single(d.organisations)),
      driver: (rows) => rows[0]?.organisation ?? null,
    },
  };
}

const filteredList: Read = {
  name: 'filtered-list',
  description: `(b) filtered list: objectives of ${NESTED_ORGANISATION} matching "beleid", by code, first 20, totalCount`,
  plangraph: { file: 'bench/operations/filtered-list.graphql', variables: { organisation: NESTED_ORGANISATION, text: 'beleid', first: 20 } },
  peer: { file: 'bench/operations/filtered-list.peer.graphql', variables: { organisation: NESTED_ORGANISATION, text: 'beleid', first: 20 } },
  driver: { file: 'bench/cypher/filtered-list.cypher', params: { organisation: NESTED_ORGANISATION, text: 'beleid', first: 20 } },
  answer: {
    plangraph: (d) => d.objectives,
    peer: (d) => {
      const c = d.objectivesConnection as Obj;
      return { totalCount: c.totalCount, nodes: list(c.edges).map((e) => e.node) };
    },
    driver: (rows) => rows[0] ?? null,
  },
};

const threatsToObjectives: Read = {
  name: 'threats',
  description: '(c) question 1, threatsToObjectives: threats → objectives through risk domains, Home Affairs, first page (20)',
  plangraph: { file: 'operations/examples/01-threats-to-objectives.graphql', variables: { organisations: [BIZA] } },
  peer: { file: 'bench/operations/threats-to-objectives.peer.graphql', variables: { organisations: [BIZA], types: ['THREAT'], first: 20 } },
  driver: { file: 'bench/cypher/threats-to-objectives.cypher', params: { organisations: [BIZA], types: ['THREAT'], first: 20 } },
  answer: {
    plangraph: (d) => {
      const c = d.threatsToObjectives as Obj;
      return threats(c.totalCount, list(c.nodes).map((t) => ({
        organisation: t.organisation,
        item: t.item as Obj,
        answers: routes({
          domains: list(t.riskDomains).map((d) => ({
            riskDomain: d.riskDomain,
            evidence: list(d.evidence).map(planGraphEvidence),
            objectives: list(d.objectives).map((a) => ({ objective: a.objective, evidence: list(a.evidence).map(planGraphEvidence) })),
          })),
          direct: list(t.directAnswers).map((a) => ({ objective: a.objective, evidence: list(a.evidence).map(planGraphEvidence) })),
        }),
      })));
    },
    peer: (d) => {
      const c = d.swotItemsConnection as Obj;
      return threats(c.totalCount, list(c.edges).map((e) => e.node as Obj).map((s) => ({
        organisation: single(single(s.plan)?.publisher),
        item: { id: s.id, type: s.type, code: s.code, text: s.text },
        answers: routes({
          domains: list((s.riskDomainsConnection as Obj).edges).map((de) => {
            const domain = de.node as Obj;
            return {
              riskDomain: { code: domain.code, name: domain.name },
              evidence: [edgeEvidence('IN_DOMAIN', de.properties as Obj)],
              objectives: list((domain.objectivesConnection as Obj).edges).map((oe) => ({ objective: oe.node, evidence: [edgeEvidence('ANSWERS', oe.properties as Obj)] })),
            };
          }),
          direct: list((s.addressedByConnection as Obj).edges).map((e) => ({ objective: e.node, evidence: [edgeEvidence('ADDRESSES', e.properties as Obj)] })),
        }),
      })));
    },
    driver: (rows) =>
      threats(rows[0]?.totalCount ?? 0, rows.map((r) => ({
        organisation: r.organisation,
        item: r.item as Obj,
        answers: routes({
          domains: list(r.riskDomains).map((d) => ({
            riskDomain: d.riskDomain,
            evidence: [edgeEvidence('IN_DOMAIN', d.evidence as Obj)],
            objectives: list(d.objectives).map((a) => ({ objective: a.objective, evidence: [edgeEvidence('ANSWERS', a.evidence as Obj)] })),
          })),
          direct: list(r.directAnswers).map((a) => ({ objective: a.objective, evidence: [edgeEvidence('ADDRESSES', a.evidence as Obj)] })),
        }),
      }))),
  },
};

const HUB_THEME = 'theme/digitalisation';

const hubPage: Read = {
  name: 'hub-page',
  description: `(e) a page of a hub: the first 20 objectives tagged ${HUB_THEME}, document order (the theme's degree grows with the graph)`,
  plangraph: { file: 'bench/operations/hub-page.graphql', variables: { id: HUB_THEME, first: 20 } },
  peer: { file: 'bench/operations/hub-page.peer.graphql', variables: { id: HUB_THEME, first: 20 } },
  driver: { file: 'bench/cypher/hub-page.cypher', params: { id: HUB_THEME, first: 20 } },
  answer: {
    plangraph: (d) => unwrapNodes(d.node),
    peer: (d) => unwrapEdges(single(d.themes)),
    driver: (rows) => rows[0]?.theme ?? null,
  },
};

function nodesById(context: ReadContext): Read {
  return {
    name: 'nodes-by-id',
    description: `(d) ${context.nodeIds.length} nodes by id, of every kind`,
    plangraph: { file: 'bench/operations/nodes-by-id.graphql', variables: { ids: context.nodeIds } },
    peer: { file: 'bench/operations/nodes-by-id.peer.graphql', variables: { ids: context.nodeIds } },
    driver: { file: 'bench/cypher/nodes-by-id.cypher', params: { ids: context.nodeIds } },
    answer: {
      plangraph: (d) => byId(list(d.nodes).filter(Boolean).map((n) => canonicalNode(String(n.__typename), n))),
      peer: (d) => byId(list(d.entities).map((n) => canonicalNode(String(n.__typename), n))),
      driver: (rows) => byId(rows.map((r) => r.node as Obj).map((n) => canonicalNode(String(n.typename), n))),
    },
  };
}

const coverageGaps: Read = {
  name: 'coverageGaps',
  description: 'question 2, coverageGaps: Home Affairs and IGO, threats and weaknesses, first page (50) of each list',
  plangraph: { file: 'operations/examples/02-coverage-gaps.graphql', variables: { organisations: [BIZA, 'igo'] } },
  peer: { file: 'bench/operations/coverage-gaps.peer.graphql', variables: { organisations: [BIZA, 'igo'], types: ['THREAT', 'WEAKNESS'], first: 50 } },
  driver: { file: 'bench/cypher/coverage-gaps.cypher', params: { organisations: [BIZA, 'igo'], types: ['THREAT', 'WEAKNESS'], first: 50 } },
  answer: {
    plangraph: (d) => {
      const g = d.coverageGaps as Obj;
      const page = (c: unknown, key: 'item' | 'objective') => {
        const conn = c as Obj;
        return { totalCount: conn.totalCount, nodes: list(conn.nodes).map((n) => ({ organisation: (n.organisation as Obj | null)?.id ?? null, [key]: n[key] as Obj })) };
      };
      return gaps(page(g.unansweredItems, 'item') as never, page(g.objectivesWithoutActions, 'objective') as never);
    },
    peer: (d) => {
      const page = (c: unknown, key: 'item' | 'objective') => {
        const conn = c as Obj;
        const nodes = list(conn.edges).map((e) => e.node as Obj);
        return { totalCount: conn.totalCount, nodes: nodes.map((n) => ({ organisation: single(single(n.plan)?.publisher)?.id ?? null, [key]: n })) };
      };
      return gaps(page(d.swotItemsConnection, 'item') as never, page(d.objectivesConnection, 'objective') as never);
    },
    driver: (rows) => gaps(rows[0]?.unansweredItems as never, rows[0]?.objectivesWithoutActions as never),
  },
};

/**
 * The questions @neo4j/graphql can not ask: PlanGraph against the floor only. The floor is a
 * lean statement of the benchmark's own where one statement can do the question's work
 * (timeline), else the question's own statement of cypher/questions/ with the parameters
 * PlanGraph's resolver passes, or none where PlanGraph answers in several steps by design.
 */
function questionWithoutPeer(name: string, example: string, variables: Obj, driver: Read['driver'], unsupported: string): Read {
  return {
    name,
    description: `question ${Number(example.slice(0, 2))}, ${name}`,
    plangraph: { file: `operations/examples/${example}.graphql`, variables },
    peer: { unsupported },
    driver,
  };
}

const questionStatement = (file: string, params: Obj): Statement => ({ file: `cypher/questions/${file}.cypher`, params });

const otherQuestions: readonly Read[] = [
  questionWithoutPeer('sharedPartners', '03-shared-partners', { organisations: ['igo', 'ajh', BIZA], atLeast: 2, rollUp: true },
    questionStatement('shared-partners', { organisationIds: ['igo', 'ajh', BIZA], atLeast: 2, rollUp: true, roles: [...PARTNER_ROLES] }),
    'counting, per partner, how many of the given organisations involve it (atLeast), and rolling units up to their parent body, are aggregations over groups the generated API has no field for; it needs a @cypher field, which would be PlanGraph\'s own statement'),
  questionWithoutPeer('sharedObjectives', '04-shared-objectives', { organisation: 'igo' },
    questionStatement('shared-objectives', { objectiveIds: null, organisationId: 'igo', otherOrganisationIds: null, limit: 5, minScore: 0.2 }),
    'a ranking by a computed score (theme overlap plus curated alignments) with reasons; the generated API filters and sorts by stored properties only'),
  questionWithoutPeer('themeMatrix', '05-theme-matrix', {}, questionStatement('theme-matrix', { themeIds: null, organisationIds: null }),
    'counts grouped by two dimensions (theme × publishing organisation); the generated aggregations count one relationship of one node at a time'),
  questionWithoutPeer('connection', '06-connection', { from: 'igo', to: 'ssr' },
    questionStatement('shortest-paths', { from: 'igo', to: 'ssr', maxHops: 4, excludeKinds: ['Theme'], limit: 10 }),
    'shortest paths over any relationship type; the generated API only follows the relationship fields a query spells out'),
  questionWithoutPeer('neighbourhood', '07-neighbourhood', { id: 'system/SISET', depth: 2, kinds: ['SYSTEM', 'ORGANISATION', 'ACTION'] },
    { unsupported: 'PlanGraph builds the neighbourhood breadth-first, ranking and budgeting each step (cypher/questions/neighbourhood-step), so no single statement does the same work' },
    'a variable-depth expansion over every relationship type, deduplicated into nodes and edges with distances; the generated API has no such traversal'),
  questionWithoutPeer('search', '08-search', { query: 'opleiding' },
    questionStatement('search', { query: 'opleiding', kinds: null, organisationIds: null, skip: 0, limit: 10, fetch: 10 }),
    "@fulltext gives one query per node type; one ranking across all kinds, as PlanGraph's search returns, is not expressible"),
  questionWithoutPeer('timeline', '09-timeline', { from: '2025-01-01', to: '2025-06-30' },
    { file: 'bench/cypher/timeline.cypher', params: { from: '2025-01-01', to: '2025-06-30', first: 50 } },
    "one list of actions and deliverables together, ordered by date and publishing organisation and paged with one cursor; the peer can list each kind alone, but not order by a related node's property nor page across both"),
];

/** Every read, in the order of the results table. */
export function allReads(context: ReadContext): Read[] {
  return [
    nested('nested', `(a) nested: organisation ${NESTED_ORGANISATION} → plans → objectives → implementing actions → involved organisations, default pages (${DEFAULT_PAGE})`,
      'bench/operations/nested.graphql', DEFAULT_PAGE, { id: NESTED_ORGANISATION }),
    nested('nested-50', '(a) nested, first: 50 at each level', 'bench/operations/nested-first.graphql', 50, { id: NESTED_ORGANISATION, first: 50 }),
    filteredList,
    threatsToObjectives,
    nodesById(context),
    hubPage,
    coverageGaps,
    ...otherQuestions,
  ];
}
