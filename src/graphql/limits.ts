import { createRequire } from 'node:module';
import { getNamedType, GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE } from './common/connection.js';

// The package's ES build imports graphql's .mjs files while everything else loads graphql's
// CommonJS entry; two graphql instances refuse each other's types. Its CommonJS build does not.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');

/**
 * Limits that keep one request from holding the database: the nesting depth of the selection
 * and an estimated cost, where every field costs 1 and a list field multiplies what is below it
 * by the page size asked for (`first`/`last`, or the default page). Both are checked once the
 * operation is known and before anything runs.
 */

/** The nesting depth of an operation (fragments followed, introspection not counted). */
export function depthOf(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  const depth = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    let max = 0;
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (!sel.name.value.startsWith('__')) max = Math.max(max, 1 + depth(sel.selectionSet, seen));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depth(sel.selectionSet, seen));
      } else if (!seen.has(sel.name.value)) {
        max = Math.max(max, depth(fragments.get(sel.name.value)?.selectionSet, new Set([...seen, sel.name.value])));
      }
    }
    return max;
  };

  let deepest = 0;
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION && (!operationName || def.name?.value === operationName)) {
      deepest = Math.max(deepest, depth(def.selectionSet, new Set()));
    }
  }
  return deepest;
}

export function depthError(depth: number, maxDepth: number): GraphQLError {
  return new GraphQLError(`The query is ${depth} levels deep; the limit is ${maxDepth}.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', depth, maxDepth, http: { status: 400 } },
  });
}

const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const size = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
  // `field.type` is what the field returns (the estimator's `type` is the parent type).
  const isConnection = getNamedType(field.type).name.endsWith('Connection');
  if (size !== undefined || isConnection) return 1 + childComplexity * Math.max(1, size ?? DEFAULT_PAGE);
  return undefined;
};

/** The estimated cost of an operation, with its variables (page sizes are often variables). */
export function costOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

export function costError(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(`The query would cost ${cost}; the limit is ${maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } },
  });
}
