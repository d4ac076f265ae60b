import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus metrics, in a registry of its own (several services may run in one
 * process, as in the tests). Names start with `plangraph_`; the process metrics of prom-client
 * (CPU, memory, event loop lag, GC) keep their usual names.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'plangraph_http_requests_total',
    help: 'HTTP requests answered, by method, route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'plangraph_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to the end of its response.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly httpInFlight = new Gauge({
    name: 'plangraph_http_requests_in_flight',
    help: 'HTTP requests being served now.',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'plangraph_graphql_operation_duration_seconds',
    help: 'GraphQL operations by name and type, from receiving the request to sending the response (its _count is the request rate).',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly operationErrors = new Counter({
    name: 'plangraph_graphql_errors_total',
    help: 'Errors sent to clients, by operation and extensions.code.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });

  readonly statementDuration = new Histogram({
    name: 'plangraph_db_statement_duration_seconds',
    help: 'Cypher statements by query name (the file under cypher/) and outcome.',
    labelNames: ['statement', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly statementsPerRequest = new Histogram({
    name: 'plangraph_db_statements_per_request',
    help: 'Cypher statements run for one GraphQL request.',
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
    registers: [this.registry],
  });

  readonly rejected = new Counter({
    name: 'plangraph_http_rejected_total',
    help: 'Requests refused or cut short to protect other callers, by reason (rate, concurrency, overload, deadline) and caller kind.',
    labelNames: ['reason', 'caller'] as const,
    registers: [this.registry],
  });

  private readonly operationNames = new Set<string>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /**
   * Operation names come from clients: past a hundred distinct ones, further names are counted
   * together as `(other)`, so that no client can grow the metrics without bound.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    const label = name.slice(0, 64);
    if (this.operationNames.has(label)) return label;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(label);
    return label;
  }

  /** A gauge read when Prometheus scrapes, from the numbers `read` returns (none: no sample). */
  gauge(name: string, help: string, label: string, read: () => Record<string, number> | undefined): void {
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [value, count] of Object.entries(read() ?? {})) if (Number.isFinite(count)) this.set({ [label]: value }, count);
      },
    });
  }

  /** The text Prometheus reads, and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

const MAX_OPERATION_NAMES = 100;
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
