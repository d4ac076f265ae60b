import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from '../log/logger.js';
import type { GraphQLContext } from './context.js';

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

/** One structured log line per operation: name, duration, Cypher round trips, errors. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ request, errors }) {
          logger.info('graphql', {
            operation: request.operationName ?? null,
            ms: Math.round(performance.now() - started),
            roundTrips: contextValue.db.statements,
            subject: contextValue.identity.subject,
            errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
          });
        },
      };
    },
  };
}
