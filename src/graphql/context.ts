import type { Config } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import type { RequestScope, ScopedContext } from '../observability/requestScope.js';
import type { Database } from '../neo4j/database.js';
import type { RequestDb } from '../neo4j/requestDb.js';
import { EntityRepository } from '../repository/entityRepository.js';
import { QuestionRepository } from '../repository/questionRepository.js';
import type { SourceTexts } from '../sources/sourceText.js';
import { createLoaders, type Loaders } from './common/loaders.js';
import { Reader } from './read/reader.js';

/** Who is asking. Anonymous callers are viewers when reads are open. */
export interface Identity {
  readonly subject: string | null;
  readonly role: 'anonymous' | 'viewer' | 'analyst' | 'partner';
  /** For partners: the organisation whose items they may edit. */
  readonly organisation: string | null;
}

export const ANONYMOUS: Identity = { subject: null, role: 'anonymous', organisation: null };

/** Long-lived services the per-request context is built from. */
export interface Services {
  readonly config: Config;
  readonly db: Database;
  readonly sources: SourceTexts;
  readonly logger: Logger;
}

export interface GraphQLContext extends Omit<Services, 'db'>, ScopedContext {
  /** This request's database handle: its reads share one session; cancelled with the request. */
  readonly db: RequestDb;
  readonly entities: EntityRepository;
  readonly questions: QuestionRepository;
  readonly loaders: Loaders;
  /** The request's read path: compiled root reads and batched look-ups (one per request). */
  readonly reader: Reader;
  readonly identity: Identity;
  /** Fires at the request's deadline or when its client goes away: work for it may stop then. */
  readonly signal: AbortSignal;
  /** The process-wide database, for work that outlives the request (suggestions recomputed after a write). */
  readonly processDb: Database;
}

/** The context of one request; outside HTTP (no scope), its signal never fires. */
export function createContext(services: Services, identity: Identity, db: RequestDb = services.db.forRequest(), scope?: RequestScope): GraphQLContext {
  const entities = new EntityRepository(db);
  const signal = scope?.signal ?? new AbortController().signal;
  return { ...services, db, entities, questions: new QuestionRepository(db), loaders: createLoaders(entities), reader: new Reader(db), identity, signal, processDb: services.db, scope };
}
