import {
  getArgumentValues, getNamedType, getNullableType, isAbstractType, isLeafType, isListType, isObjectType,
  type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { KINDS } from '../../model/kinds.js';
import type { GraphStatistics } from '../../repository/read/statistics.js';
import { fieldRead } from '../read/fieldIndex.js';
import { DEFAULT_PAGE } from '../read/paging.js';
import { subfields, type SelectionContext } from '../read/selection.js';

/**
 * What an operation will cost: the number of objects it resolves (nodes, links, answers; their
 * scalar fields come with them), estimated from what each list really holds. A page of a list yields at most its size, and no more than the graph has: a
 * relationship field yields what its parents' links hold (from the graph's degree statistics;
 * under a single root node, the largest degree, deeper the average with a margin), a root list
 * no more nodes than the kind has. So a nested read of realistic pages is cheap and a fan-out
 * through hubs or many aliased heavy questions is not. Without statistics yet, pages count full.
 */
export interface CostEstimate {
  readonly cost: number;
}

/** How many values a list field that is not a page of the model yields (the questions' lists). */
type FanOut = (args: Record<string, unknown>, stats: GraphStatistics | null) => number;

/** Nodes of a kind; an empty kind counts as unknown (statistics read before an import are stale). */
/** Twice the average, plus one: what one node's links realistically hold (10 when not known). */
const margin = (degree: { avg: number } | undefined) => (degree ? Math.ceil(2 * degree.avg) + 1 : 10);
const count = (stats: GraphStatistics | null, kind: string, fallback: number) => stats?.nodes.get(kind) || fallback;
const QUESTION_FANOUT: Readonly<Record<string, FanOut>> = {
  'Query.threatsToObjectives': (_a, s) => count(s, 'SwotItem', 100),
  // An item's answers: its domains' objectives, and the objectives linked to it directly.
  'ThreatCoverage.answers': (_a, s) => {
    const domains = s?.degrees.get('SwotItem.riskDomains')?.avg ?? 3;
    const objectives = s?.degrees.get('RiskDomain.objectives')?.avg ?? 3;
    return Math.ceil(2 * domains * objectives) + margin(s?.degrees.get('SwotItem.addressedBy'));
  },
  // The same routes grouped: an item's domains, each domain's objectives, the direct links.
  'ThreatCoverage.riskDomains': (_a, s) => margin(s?.degrees.get('SwotItem.riskDomains')),
  'ThreatRiskDomain.objectives': (_a, s) => margin(s?.degrees.get('RiskDomain.objectives')),
  'ThreatCoverage.directAnswers': (_a, s) => margin(s?.degrees.get('SwotItem.addressedBy')),
  'CoverageGaps.unansweredItems': (_a, s) => count(s, 'SwotItem', 100),
  'CoverageGaps.objectivesWithoutActions': (_a, s) => count(s, 'Objective', 100),
  'Query.sharedPartners': (_a, s) => count(s, 'Organisation', 100),
  'Query.sharedAudiences': (_a, s) => count(s, 'Audience', 50),
  'Query.sharedObjectives': (_a, s) => count(s, 'Objective', 100),
  // A cell needs a tag: no more cells than theme tags (nor than themes × organisations).
  'ThemeMatrix.cells': (_a, s) => {
    const themes = count(s, 'Theme', 50);
    // Degrees count every HAS_THEME link of a theme, whatever kind tags it: one field says it all.
    const tags = s?.degrees.get('Theme.objectives')?.avg ?? 0;
    return Math.min(themes * count(s, 'Organisation', 50), tags > 0 ? Math.ceil(themes * tags) : Infinity);
  },
  'ThemeMatrix.themes': (_a, s) => count(s, 'Theme', 50),
  'ThemeMatrix.organisations': (_a, s) => count(s, 'Organisation', 50),
};
/**
 * The database work of a question beyond what it returns: a neighbourhood expands every node it
 * reaches, hop after hop; a shortest-path search explores the graph around both ends.
 */
const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
const QUESTION_WORK: Readonly<Record<string, (args: Record<string, unknown>) => number>> = {
  'Query.neighbourhood': (a) => num(a.limit, 150) * num(a.depth, 1) * 4,
  'Query.connection': (a) => num(a.limit, 10) * num(a.maxHops, 4) * 100,
  'Query.search': (a) => num(a.first, 20) * 5,
};
const DEFAULT_LIST = 10;
/** Nested arrays of a question's answer (evidence of a path, reasons) hold a few entries. */
const NESTED_LIST = 5;

function pageSize(args: Record<string, unknown>): number {
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE;
  return Math.max(0, size);
}

function numericArg(args: Record<string, unknown>): number | null {
  for (const name of ['first', 'limit', 'last']) if (typeof args[name] === 'number') return args[name] as number;
  return null;
}

interface Walk {
  readonly sc: SelectionContext;
  readonly stats: GraphStatistics | null;
}

export function estimateCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: SelectionContext['fragments'], variables: Record<string, unknown>, stats: GraphStatistics | null): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  const walk: Walk = { sc: { schema, fragments, variables }, stats };
  return selectionCost(walk, root, [{ kind: 'Field', name: { kind: 'Name', value: '' }, selectionSet: operation.selectionSet } as unknown as FieldNode], { single: true, listSize: 1 });
}

interface Position {
  /** The parent is one node the client named (a root field by id): its links count by the largest degree. */
  readonly single: boolean;
  /** For the edges and nodes of a connection: the page the connection field asked for. */
  readonly listSize: number;
}

/** The cost of a selection on a value of `type`: for an interface, its most expensive member. */
function selectionCost(walk: Walk, type: GraphQLObjectType, nodes: readonly FieldNode[], at: Position): number {
  let total = 0;
  for (const [, fieldNodes] of subfields(walk.sc, type.name, nodes)) {
    const name = fieldNodes[0]!.name.value;
    if (name.startsWith('__')) continue;
    const field = type.getFields()[name];
    if (field) total += fieldCost(walk, type, field, fieldNodes, at);
  }
  return total;
}

function typesOf(walk: Walk, field: GraphQLField<unknown, unknown>): GraphQLObjectType[] {
  const named = getNamedType(field.type);
  if (isObjectType(named)) return [named];
  if (isAbstractType(named)) return [...walk.sc.schema.getPossibleTypes(named)];
  return [];
}

function fieldCost(walk: Walk, parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], at: Position): number {
  const named = getNamedType(field.type);
  // Scalars come with their object: what costs is the objects (nodes, links, answers) resolved.
  if (isLeafType(named)) return 0;
  let args: Record<string, unknown> = {};
  try {
    args = getArgumentValues(field, nodes[0]!, walk.sc.variables as Record<string, unknown>);
  } catch {
    // Arguments that do not fit their types: execution refuses them with its own error.
  }
  const { fanOut, next } = fanOutOf(walk, parent, field, args, at);
  let child = 0;
  for (const type of typesOf(walk, field)) child = Math.max(child, selectionCost(walk, type, nodes, next));
  const work = QUESTION_WORK[`${parent.name}.${field.name}`]?.(args) ?? 0;
  // Every object the field yields costs one, plus what is selected below it.
  return work + fanOut * (1 + child);
}

/** How many values the field yields per parent, and the position of what it yields. */
function fanOutOf(walk: Walk, parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, at: Position): { fanOut: number; next: Position } {
  const { stats } = walk;
  const key = `${parent.name}.${field.name}`;
  const named = getNamedType(field.type);
  const isConnection = named.name.endsWith('Connection');

  // A kind's root list: a page, no more than the kind has.
  const rootKind = parent === walk.sc.schema.getQueryType() ? KINDS.find((k) => k.list === field.name) : undefined;
  if (rootKind) return { fanOut: 1, next: { single: false, listSize: Math.min(pageSize(args), count(stats, rootKind.kind, Infinity)) } };

  // A relationship field: a page, no more than the parents' links hold.
  const read = fieldRead(parent.name, field.name);
  if (read?.as === 'link') {
    if (!read.link.many) return { fanOut: 1, next: { single: false, listSize: 1 } };
    const degree = stats?.degrees.get(`${parent.name}.${field.name}`);
    const expected = degree && degree.max > 0 ? (at.single ? degree.max : Math.ceil(2 * degree.avg) + 1) : Infinity;
    return { fanOut: 1, next: { single: false, listSize: Math.min(pageSize(args), expected) } };
  }
  if (read?.as === 'ref') return { fanOut: 1, next: { single: false, listSize: 1 } };

  // The edges and nodes of a connection: the page its field asked for.
  if ((field.name === 'edges' || field.name === 'nodes') && parent.name.endsWith('Connection')) {
    return { fanOut: at.listSize, next: { single: false, listSize: 1 } };
  }
  if (isConnection) return { fanOut: 1, next: { single: false, listSize: pageSize(args) } };

  const list = isListType(getNullableType(field.type));
  const single = parent === walk.sc.schema.getQueryType() && !list;
  // An object with a size argument (a neighbourhood's limit): the lists inside it hold that many.
  if (!list) return { fanOut: 1, next: { single, listSize: numericArg(args) ?? 1 } };
  const declared = QUESTION_FANOUT[key];
  const given = numericArg(args);
  const inherited = at.listSize > 1 ? at.listSize : null;
  const fanOut = declared ? declared(args, stats) : given ?? inherited ?? (parent === walk.sc.schema.getQueryType() ? DEFAULT_LIST : NESTED_LIST);
  return { fanOut: Math.max(0, fanOut), next: { single: false, listSize: 1 } };
}
