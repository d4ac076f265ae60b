import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Lexer, Source, TokenKind, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import type { GraphStatistics } from '../../repository/read/statistics.js';
import type { GraphQLContext } from '../context.js';
import { markLimit } from '../errors.js';
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
      markLimit(refused, { [name]: limit });
      ctx?.reportError(refused);
    }],
  });
  const protection = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, errorMessage: `The query is nested deeper than the limit of ${limits.maxDepth} levels.`, flattenFragments: true, ignoreIntrospection: true, ...code('maxDepth', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, exposeLimits: true, errorMessage: `The query uses more aliases than the limit of ${limits.maxAliases}.`, ...code('maxAliases', limits.maxAliases) },
    // Counted by tokenLimitPlugin below: armor's Apollo plugin parses the document itself and
    // throws every syntax error from a plugin hook, which Apollo then answers with status 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true, errorMessage: `The query uses more directives than the limit of ${limits.maxDirectives}.`, ...code('maxDirectives', limits.maxDirectives) },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins: [tokenLimitPlugin(limits.maxTokens), ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[])], validationRules: protection.validationRules };
}

/**
 * Refuses a document of more than `maxTokens` tokens before Apollo parses it. Only the tokens
 * are read; a document that does not lex is left to Apollo's parser, which answers it as the
 * parse failure it is (GRAPHQL_PARSE_FAILED). A refusal is thrown from a hook, which Apollo
 * treats as unexpected: `unexpectedErrorProcessingRequest` hands it back with its status.
 */
function tokenLimitPlugin(maxTokens: number): ApolloServerPlugin<GraphQLContext> {
  const refusals = new WeakSet<Error>();
  return {
    async unexpectedErrorProcessingRequest({ error }) {
      if (refusals.has(error)) throw error;
    },
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          if (source === undefined) return;
          const lexer = new Lexer(new Source(source));
          let tokens = 0;
          try {
            while (lexer.advance().kind !== TokenKind.EOF) if (++tokens > maxTokens) break;
          } catch {
            return;
          }
          if (tokens > maxTokens) {
            const refused = tooComplex(`The query has more than the limit of ${maxTokens} tokens.`, { maxTokens });
            markLimit(refused, { maxTokens });
            refusals.add(refused);
            throw refused;
          }
        },
      };
    },
  };
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
