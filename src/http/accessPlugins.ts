import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { GRAPHQL_RESPONSE_JSON, responseMediaType } from './mediaType.js';
import type { GraphQLContext } from '../graphql/context.js';

/**
 * Who may send a mutation at all is known before anything runs: anonymous callers are refused
 * with 401 (UNAUTHENTICATED) and viewers with 403 (FORBIDDEN), with no `data` in the answer,
 * as GraphQL over HTTP allows for `application/graphql-response+json`. Clients that accept only
 * `application/json` get 200 for FORBIDDEN, as that media type asks. Whether a partner may
 * change a given node is decided inside the write's transaction; such a refusal is a field
 * error (the field is null, its error has code FORBIDDEN) in a 200 answer.
 */
export function writeAccessPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, request }) {
          if (operation?.operation !== 'mutation') return;
          const role = contextValue.identity.role;
          if (role === 'anonymous') {
            throw new GraphQLError('Changes need an identity: send an X-API-Key header or an Authorization: Bearer token.', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
          if (role === 'viewer') {
            const status = responseMediaType(request.http?.headers.get('accept')) === GRAPHQL_RESPONSE_JSON ? 403 : 200;
            throw new GraphQLError('Viewers can read but not change the graph.', { extensions: { code: 'FORBIDDEN', http: { status } } });
          }
        },
      };
    },
  };
}

/**
 * With reads closed (PLANGRAPH_READS=authenticated), a caller without an identity learns
 * nothing of the schema: graphql-armor's block-field-suggestions masks the "Did you mean ...?"
 * of validation errors. Callers with an identity keep the suggestions.
 */
export function schemaHintsPlugin(reads: 'open' | 'authenticated'): ApolloServerPlugin<GraphQLContext> {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: true },
    costLimit: { enabled: false },
    maxAliases: { enabled: false },
    maxDepth: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
  }).protect().plugins as ApolloServerPlugin<GraphQLContext>[];
  return {
    async requestDidStart(requestContext) {
      if (reads === 'open' || requestContext.contextValue.identity.role !== 'anonymous') return undefined;
      const listeners = await Promise.all(armor.map((p) => p.requestDidStart?.(requestContext)));
      return {
        async didEncounterErrors(context) {
          for (const l of listeners) await l?.didEncounterErrors?.(context);
          // The same for the other hints graphql-js gives (enum values, type names).
          for (const error of context.errors) error.message = error.message.replace(/Did you mean [^?]*\?/g, '').trim();
        },
      };
    },
  };
}
