import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import type { GraphStatistics } from '../../repository/read/statistics.js';
import type { GraphQLContext } from '../context.js';
import { estimateCost } from './cost.js';

/**
 * Limits that keep one request from holding the database, checked before anything runs:
 * graphql-armor bounds the document (depth, aliases, tokens, directives), and the cost model
 * (cost.ts) bounds what the operation would read, with its variables, from the graph's shape.
 */
export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
}

/** Errors graphql-armor raised: the error formatter reports them as QUERY_TOO_COMPLEX with their limit. */
const limitErrors = new WeakMap<object, Record<string, number>>();

export function limitOf(error: unknown): Record<string, number> | undefined {
  return error !== null && typeof error === 'object' ? limitErrors.get(error) : undefined;
}

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions, http: { status: 400 } } });
}

/** graphql-armor's document limits, with PlanGraph's error code and the limit in the error. */
export function documentLimits(limits: QueryLimits): { plugins: ApolloServerPlugin<GraphQLContext>[]; validationRules: ValidationRule[] } {
  // Each limit reports its own error (armor's default would re-create it as BAD_USER_INPUT).
  const code = (name: string, limit: number) => ({
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => {
      const refused = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_TOO_COMPLEX', [name]: limit } });
      limitErrors.set(refused, { [name]: limit });
      ctx?.reportError(refused);
    }],
  });
  const protection = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, errorMessage: `The query is nested deeper than the limit of ${limits.maxDepth} levels.`, flattenFragments: true, ignoreIntrospection: true, ...code('maxDepth', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, exposeLimits: true, errorMessage: `The query uses more aliases than the limit of ${limits.maxAliases}.`, ...code('maxAliases', limits.maxAliases) },
    // Tokens are counted while parsing, where there is no validation context: the parser throws.
    maxTokens: {
      n: limits.maxTokens, exposeLimits: true, propagateOnRejection: true,
      onReject: [(_ctx: unknown, error: GraphQLError) => void limitErrors.set(error, { maxTokens: limits.maxTokens })],
    },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true, errorMessage: `The query uses more directives than the limit of ${limits.maxDirectives}.`, ...code('maxDirectives', limits.maxDirectives) },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins: protection.plugins as ApolloServerPlugin<GraphQLContext>[], validationRules: protection.validationRules };
}

/** Refuses an operation whose estimated cost, with its variables, is above the limit. */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number, statistics: () => GraphStatistics | null): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(document.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
          const cost = estimateCost(schema, operation, fragments, request.variables ?? {}, statistics());
          if (cost > maxCost) {
            throw tooComplex(`The query would cost ${cost}; the limit is ${maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`, { cost, maxCost });
          }
        },
      };
    },
  };
}
