/**
 * The nine questions as the benchmark asks them: the example operation sent over HTTP, and the
 * Cypher file the resolver ends up running, with the parameters the resolver and
 * QuestionRepository would pass for those variables. Both are written out side by side (not
 * derived from each other) so that a reader can check at a glance that the two paths answer
 * the same question; the operation texts come from operations/examples/ so that the benchmark
 * measures what GraphiQL users and the client run.
 */
export interface BenchQuestion {
  /** The GraphQL field, also the name in the results table. */
  readonly name: string;
  /** File of operations/examples/ without `.graphql`. */
  readonly operation: string;
  readonly variables: Readonly<Record<string, unknown>>;
  /** Query of cypher/, as passed to cypher(). */
  readonly cypher: string;
  /**
   * What QuestionRepository passes to Database.read for `variables`, after the resolver has
   * applied the operation's and the schema's defaults. Lists the API leaves out are null.
   */
  readonly params: Readonly<Record<string, unknown>>;
}

const BIZA = 'fod-binnenlandse-zaken';

export const QUESTIONS: readonly BenchQuestion[] = [
  {
    name: 'threatsToObjectives',
    operation: '01-threats-to-objectives',
    variables: { organisations: [BIZA] },
    cypher: 'questions/threats-to-objectives',
    // includeWeaknesses defaults to false in the operation: threats only.
    params: { organisationIds: [BIZA], types: ['THREAT'] },
  },
  {
    name: 'coverageGaps',
    operation: '02-coverage-gaps',
    variables: { organisations: [BIZA, 'igo'] },
    cypher: 'questions/coverage-gaps',
    // includeWeaknesses defaults to true in the operation.
    params: { organisationIds: [BIZA, 'igo'], types: ['THREAT', 'WEAKNESS'] },
  },
  {
    name: 'sharedPartners',
    operation: '03-shared-partners',
    variables: { organisations: ['igo', 'ajh', BIZA], atLeast: 2, rollUp: true },
    cypher: 'questions/shared-partners',
    params: { organisationIds: ['igo', 'ajh', BIZA], atLeast: 2, rollUp: true },
  },
  {
    name: 'sharedObjectives',
    operation: '04-shared-objectives',
    variables: { organisation: 'igo' },
    cypher: 'questions/shared-objectives',
    // limit: 5 is the operation's default, minScore: 0.2 the schema's.
    params: { objectiveId: null, organisationId: 'igo', otherOrganisationIds: null, limit: 5, minScore: 0.2 },
  },
  {
    name: 'themeMatrix',
    operation: '05-theme-matrix',
    variables: {},
    cypher: 'questions/theme-matrix',
    params: { themeIds: null, organisationIds: null },
  },
  {
    name: 'connection',
    operation: '06-connection',
    variables: { from: 'igo', to: 'ssr' },
    cypher: 'questions/shortest-paths',
    // maxHops 4 and excludeKinds [THEME] are the operation's defaults (THEME is stored as
    // 'Theme'); limit 10 is the schema's.
    params: { from: 'igo', to: 'ssr', maxHops: 4, excludeKinds: ['Theme'], limit: 10 },
  },
  {
    name: 'neighbourhood',
    operation: '07-neighbourhood',
    variables: { id: 'system/SISET', depth: 2, kinds: ['SYSTEM', 'ORGANISATION', 'ACTION'] },
    cypher: 'questions/neighbourhood',
    // limit 150 is the operation's default.
    params: { id: 'system/SISET', depth: 2, kinds: ['System', 'Organisation', 'Action'], limit: 150 },
  },
  {
    name: 'search',
    operation: '08-search',
    // The example's 'cyberdreiging' has a single hit; 'opleiding' fills the page of 10 (the
    // operation's default), which is the more telling case.
    variables: { query: 'opleiding' },
    cypher: 'questions/search',
    // Without filters the repository asks the index for exactly `first` hits. A plain word
    // needs no Lucene escaping.
    params: { query: 'opleiding', kinds: null, organisationIds: null, skip: 0, limit: 10, fetch: 10 },
  },
  {
    name: 'timeline',
    operation: '09-timeline',
    // The example's half year holds more than a page, so the page is full (first: 50).
    variables: { from: '2025-01-01', to: '2025-06-30' },
    cypher: 'questions/timeline',
    // first: 50 without a cursor is the window [0, 50).
    params: { from: '2025-01-01', to: '2025-06-30', organisationIds: null, themeIds: null, kinds: null, start: 0, end: 50 },
  },
];
