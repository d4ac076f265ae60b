import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import { openNeo4j, type Neo4jRuntime } from '../neo4j/runtime.js';
import { SourceTexts } from '../sources/sourceText.js';
import { graphqlSchema } from '../graphql/schema.js';
import { createContext, type GraphQLContext } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/errors.js';
import { readAccessPlugin } from '../graphql/apolloPlugins.js';
import { schemaHintsPlugin, writeAccessPlugin } from '../http/accessPlugins.js';
import { costLimitPlugin, documentLimits } from '../graphql/limits/queryLimits.js';
import { StatisticsCache } from '../graphql/limits/statisticsCache.js';
import { createApp } from '../http/app.js';
import { pagesRouter } from '../http/pages.js';
import { GraphRepository } from '../repository/graphRepository.js';
import { projectRoot } from '../config/paths.js';
import { Authenticator } from '../http/auth.js';
import { DatabaseAuthError, DatabaseNotFoundError } from '../neo4j/errors.js';
import { graphqlOverHttpPlugin, mutationDeadlinePlugin, operationTelemetryPlugin } from '../http/graphqlPlugins.js';
import { createTelemetry } from '../observability/telemetry.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace';
import { DataValidationError } from '../import/dataset.js';
import { ImportError } from '../import/importer.js';
import { SETUP_TX_TIMEOUT_MS } from '../setup/lock.js';
import { isMigrated, migrate } from '../setup/migrate.js';
import { isSeeded, seed } from '../setup/seed.js';
import { exampleOperations } from './examples.js';
import { Readiness } from './readiness.js';
import { openRequestDb, requestDatabasePlugin } from './requestDatabase.js';
import { recomputeSettled } from '../suggestions/schedule.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly httpServer: http.Server;
  readonly neo4j: Neo4jRuntime;
  readonly readiness: Readiness;
  /** Graph statistics the query cost model prices with (refreshed in the background). */
  readonly statistics: StatisticsCache;
  /** Resolves when the database is prepared (schema, first import); rejects on fatal errors. */
  readonly prepared: Promise<void>;
  stop(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(`Port ${port} on ${host} is already in use: stop what runs there, or set PORT to another port.`);
    this.name = 'PortInUseError';
  }
}

export interface ServerOptions {
  /** Where spans go instead of the configured exporter (tests read them from memory). */
  readonly spanExporter?: SpanExporter;
}

/** Starts everything: Neo4j (or the connection to it), the schema, GraphQL and the HTTP server. */
export async function startServer(config: Config, logger: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const neo4j = await openNeo4j(config.neo4j, logger, config.database);
  try {
    return await startHttp(config, logger, neo4j, options);
  } catch (err) {
    await neo4j.stop();
    throw err;
  }
}

async function startHttp(config: Config, logger: Logger, neo4j: Neo4jRuntime, options: ServerOptions): Promise<RunningServer> {
  const { db } = neo4j;
  const setupDb = db.withTimeout(SETUP_TX_TIMEOUT_MS);
  const readiness = new Readiness(
    db,
    logger,
    {
      config: config.setup,
      migrate: async () => void (await migrate(setupDb, logger)),
      seed: async () => void (await seed(setupDb, config.data.dir, logger, { actor: 'system:start' })),
      isMigrated: () => isMigrated(db),
      isSeeded: () => isSeeded(db),
    },
    (err) => err instanceof DatabaseAuthError || err instanceof DatabaseNotFoundError || err instanceof DataValidationError || err instanceof ImportError,
    neo4j.supervisor,
  );
  const telemetry = createTelemetry(config.observability, db, config.neo4j.database, { spanExporter: options.spanExporter });
  const schema = await graphqlSchema();
  const services = { config, db, sources: new SourceTexts(path.join(config.data.dir, 'sources')), logger };
  const auth = new Authenticator(config.auth);

  const statistics = new StatisticsCache(db, logger);
  // Ready means priced too: until the first statistics are read, the cost model would price
  // every page at its full size and refuse realistic reads.
  readiness.addGate('the graph statistics the query cost model prices with are being read', () => statistics.get() !== null);
  const limits = documentLimits(config.graphql);

  const httpServer = http.createServer();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: config.graphql.introspection,
    // Credentials travel in headers, never in cookies, so a cross-site request carries none:
    // CSRF prevention would only stop plain GET queries that the GraphQL over HTTP spec allows.
    csrfPrevention: false,
    includeStacktraceInErrorResponses: false,
    // The service stops itself on SIGINT/SIGTERM (requests, then driver, then Neo4j); Apollo's
    // own handlers would re-raise the signal and end the process halfway.
    stopOnTerminationSignals: false,
    validationRules: limits.validationRules,
    formatError: createErrorFormatter({ exposeDetails: config.graphql.exposeErrorDetails, onUnexpected: (error) => logger.error('unexpected error in a resolver', { error }) }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No type carries cache hints (answers depend on who asks and change with every write), and
      // the cache-control plugin would wrap every field's resolver to compute a policy of no-store.
      ApolloServerPluginCacheControlDisabled(),
      readAccessPlugin(config.auth.reads),
      writeAccessPlugin(),
      schemaHintsPlugin(config.auth.reads),
      ...limits.plugins,
      costLimitPlugin(schema, config.graphql.maxCost, () => statistics.get()),
      requestDatabasePlugin(),
      graphqlOverHttpPlugin(),
      mutationDeadlinePlugin(config.limits.mutationTimeoutMs),
      operationTelemetryPlugin(logger, telemetry.metrics),
    ],
  });
  await apollo.start();
  const app = createApp({
    apollo,
    identify: (req) => auth.identify(req),
    // The request's database handle follows its scope: cancelled at its deadline or when the
    // client goes away, and its statements counted into it.
    context: async (req, request) => createContext(services, await request.identity, openRequestDb(db, req, request.scope), request.scope),
    readiness,
    logger,
    graphiql: config.graphql.graphiql ? { examples: exampleOperations() } : undefined,
    corsOrigins: config.http.corsOrigins,
    bodyLimit: `${config.http.bodyLimitMb}mb`,
    limits: config.limits,
    telemetry,
    metricsToken: config.observability.metricsToken,
    pages: pagesRouter({
      explorerDir: path.join(projectRoot(), 'dist', 'explorer'),
      sources: services.sources,
      documents: () => new GraphRepository(db).documents(),
      graphiql: config.graphql.graphiql,
    }),
  });
  httpServer.on('request', app);

  try {
    await listen(httpServer, config.http.host, config.http.port);
  } catch (err) {
    await apollo.stop();
    await telemetry.shutdown();
    throw err;
  }
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${port}`;
  logger.info('PlanGraph is listening', { graphql: `${url}/graphql`, graphiql: config.graphql.graphiql ? `${url}/graphiql` : null, neo4j: db.uri });

  // Ready means priced too: the first statistics are read before `prepared` resolves.
  const prepared = readiness.start().then(() => statistics.start());
  prepared.catch(() => {});
  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    httpServer,
    neo4j,
    readiness,
    statistics,
    prepared,
    stop() {
      stopping ??= (async () => {
        // Not ready first, so load balancers stop sending; then drain what is in flight.
        readiness.markStopping();
        if (config.http.shutdownDelayMs > 0) {
          logger.info('shutting down: reporting not ready before draining', { delayMs: config.http.shutdownDelayMs });
          await new Promise((resolve) => setTimeout(resolve, config.http.shutdownDelayMs));
        }
        logger.info('shutting down: finishing requests in flight');
        await readiness.stop();
        statistics.stop();
        await apollo.stop(); // drains the HTTP server first
        // A write just before may have started a recomputation of the suggested alignments in the
        // background: it finishes (one transaction) before the database it writes to is closed.
        logger.info('shutting down: finishing the recomputation of suggestions, if one runs');
        await recomputeSettled();
        await telemetry.shutdown();
        await neo4j.stop();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.removeListener('listening', onListening);
      if (err.code === 'EADDRINUSE') reject(new PortInUseError(host, port));
      else if (err.code === 'EACCES') reject(new Error(`Not allowed to listen on port ${port} of ${host}; choose a port above 1023 with PORT.`));
      else reject(err);
    };
    const onListening = () => {
      server.removeListener('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
