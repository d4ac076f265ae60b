/**
 * The peer: @neo4j/graphql on PlanGraph's Neo4j, served the way a frontend team would deploy it
 * (Apollo Server 5 on Express 5, the same HTTP stack as PlanGraph). Its own process, so the
 * benchmark can compare throughput and memory of two servers, not of two libraries sharing one.
 *
 * Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (optional), PORT (0 for
 * any free port), HOST. Prints one JSON line `{"listening": "<url>"}` when it serves.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';

/** The type definitions sit beside this file in the sources; the build copies nothing, so read them from there. */
function typeDefsPath(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const candidate of [here, here.replace(/dist[\\/]bench[\\/]peer[\\/]?$/, 'bench/peer/')]) {
    const file = `${candidate.replace(/[\\/]?$/, '/')}typeDefs.graphql`;
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`typeDefs.graphql not found near ${here}`);
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

async function main(): Promise<void> {
  const driver = neo4j.driver(required('NEO4J_URI'), neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', required('NEO4J_PASSWORD')));
  await driver.verifyConnectivity();
  const database = process.env.NEO4J_DATABASE || undefined;

  const neoSchema = new Neo4jGraphQL({
    typeDefs: fs.readFileSync(typeDefsPath(), 'utf8'),
    driver,
    // PlanGraph's text filter ignores case; the peer needs this feature to say the same.
    features: { filters: { String: { CASE_INSENSITIVE: true } } },
  });
  const schema = await neoSchema.getSchema();

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Neo4jGraphQLContext>({
    schema,
    csrfPrevention: false,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.use('/graphql', express.json({ limit: '5mb' }), expressMiddleware(apollo, { context: async () => (database ? { sessionConfig: { database } } : {}) }));

  await new Promise<void>((resolve) => httpServer.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', resolve));
  const { address, port } = httpServer.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ listening: `http://${address}:${port}` })}\n`);

  const stop = () => {
    apollo.stop().then(() => driver.close()).then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`peer failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
