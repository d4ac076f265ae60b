import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { Database } from '../neo4j/database.js';
import { countStatement, type RequestScope } from '../observability/requestScope.js';
import type { RequestDb } from '../neo4j/requestDb.js';

/**
 * The bookmark header: a response to a request that wrote carries the bookmark of that write;
 * a client that sends it back with its next request reads at least what it wrote, whichever
 * replica of the API and whichever member of a Neo4j cluster serves it.
 */
export const BOOKMARK_HEADER = 'X-PlanGraph-Bookmark';

const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 1_024;

/** The bookmarks of the header (comma separated, or repeated headers); refuses nonsense early. */
export function parseBookmarks(header: string | string[] | undefined): string[] {
  if (header === undefined) return [];
  const values = (Array.isArray(header) ? header : [header]).flatMap((h) => h.split(',')).map((b) => b.trim()).filter(Boolean);
  const bad = values.length > MAX_BOOKMARKS || values.some((b) => b.length > MAX_BOOKMARK_LENGTH || !/^[\x21-\x7e]+$/.test(b));
  if (bad) {
    throw new GraphQLError(`The ${BOOKMARK_HEADER} header must hold at most ${MAX_BOOKMARKS} bookmarks, as returned by this service, separated by commas.`, {
      extensions: { code: 'BAD_USER_INPUT', header: BOOKMARK_HEADER, http: { status: 400 } },
    });
  }
  return values;
}

/**
 * The database handle of one HTTP request: cancelled with the request's signal (its deadline,
 * or its client going away), counting its statements into the request's scope (for the logs and
 * the caller's database time), and closed (its read session and its slot of the pool given
 * back) when the response is done, whether the request succeeded, failed or was aborted.
 */
export function openRequestDb(db: Database, req: Request, scope: RequestScope): RequestDb {
  const bookmarks = parseBookmarks(req.headers[BOOKMARK_HEADER.toLowerCase()]);
  const requestDb = db.forRequest({ signal: scope.signal, bookmarks, onStatement: (event) => countStatement(scope, event) });
  const res = req.res;
  if (res) res.once('close', () => void requestDb.close());
  return requestDb;
}

/**
 * Per response: the bookmark of the request's writes in X-PlanGraph-Bookmark; the number of
 * Cypher statements of the request in Server-Timing; and HTTP 503 with Retry-After when the
 * database was unavailable, so clients and load balancers can tell it from a client error.
 */
export function requestDatabasePlugin<C extends { db: RequestDb }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const db = contextValue.db;
          if (db.hasWritten) {
            const bookmarks = await db.bookmarks();
            if (bookmarks.length) response.http.headers.set(BOOKMARK_HEADER.toLowerCase(), bookmarks.join(','));
          }
          response.http.headers.set('server-timing', `cypher;desc="${db.statements} statements"`);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          }
        },
      };
    },
  };
}
