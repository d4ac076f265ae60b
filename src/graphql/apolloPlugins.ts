import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
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
