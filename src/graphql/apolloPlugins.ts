import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from './context.js';
import { costError, costOf, depthError, depthOf } from './limits.js';

/** Refuses an operation nested deeper, or costing more (with its variables), than the limits. */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: { maxDepth: number; maxCost: number }): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const depth = depthOf(document, request.operationName);
          if (depth > limits.maxDepth) throw depthError(depth, limits.maxDepth);
          let cost: number;
          try {
            cost = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          } catch {
            // Variables that do not fit their types: execution refuses them with a 400 of its own.
            return;
          }
          if (cost > limits.maxCost) throw costError(cost, limits.maxCost);
        },
      };
    },
  };
}

/** With PLANGRAPH_READS=authenticated, anonymous callers may not even read. */
export function readAccessPlugin(reads: 'open' | 'authenticated'): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (reads === 'authenticated' && contextValue.identity.role === 'anonymous') {
            throw new GraphQLError('This service needs an identity for reads too: send an X-API-Key header or an Authorization: Bearer token.', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}
