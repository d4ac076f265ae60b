import type { SpanExporter } from '@opentelemetry/sdk-trace';
import type { ObservabilityConfig } from '../config/config.js';
import { Metrics } from './metrics.js';
import { Tracing } from './tracing.js';

/** What the database reports about its statements and its pool (see neo4j/database.ts). */
export interface ObservedDatabase {
  onStatement(observer: (event: { name: string; ms: number; rows: number; error?: unknown }) => void): () => void;
  /** The driver's pool, when the database can tell. */
  poolUse?(): { inUse: number; idle: number; waiting: number; max: number } | undefined;
}

/** The metrics and tracing of one service, fed by its database; `shutdown` flushes the spans. */
export interface Telemetry {
  readonly metrics: Metrics | undefined;
  readonly tracing: Tracing | undefined;
  shutdown(): Promise<void>;
}

export function createTelemetry(config: ObservabilityConfig, db: ObservedDatabase, database: string | undefined, options: { spanExporter?: SpanExporter } = {}): Telemetry {
  const metrics = config.metrics ? new Metrics() : undefined;
  const tracing = Tracing.create(config.tracing, options.spanExporter);
  const stopObserving = db.onStatement((statement) => {
    metrics?.statementDuration.observe({ statement: statement.name, outcome: statement.error ? 'error' : 'ok' }, statement.ms / 1000);
    tracing?.recordStatement(statement, database);
  });
  metrics?.gauge('plangraph_db_pool_connections', 'Connections of the Neo4j driver pool: in use, idle, the most it opens, and requests waiting for one.', 'state', () => {
    const use = db.poolUse?.();
    return use && { in_use: use.inUse, idle: use.idle, waiting: use.waiting, max: use.max };
  });
  return {
    metrics,
    tracing,
    async shutdown() {
      stopObserving();
      await tracing?.shutdown();
    },
  };
}
