import { getNamedType, GraphQLError, Kind, type ASTNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';

// The package's ES build imports graphql's .mjs files while everything else loads graphql's
// CommonJS entry; two graphql instances refuse each other's types. Its CommonJS build does not.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)('graphql-query-complexity') as typeof import('graphql-query-complexity');
import { DEFAULT_PAGE } from './common/connection.js';

/**
 * Limits that keep one request from holding the database: the nesting depth of the selection
 * and an estimated cost, where every field costs 1 and a list field multiplies what is below it
 * by the page size asked for (`first`/`last`, or the default page).
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let max = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, seen) : 1);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(sel.selectionSet, seen));
        } else {
          const name = sel.name.value;
          const fragment = fragments.get(name);
          if (fragment && !seen.has(name)) max = Math.max(max, depthOf(fragment.selectionSet, new Set([...seen, name])));
        }
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`The query is ${depth} levels deep; the limit is ${maxDepth}.`, { nodes: [node as ASTNode], extensions: { code: 'QUERY_TOO_COMPLEX', depth, maxDepth } }));
        }
      },
    };
  };
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
