import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';
import { testConnection } from '../support/neo4j.js';
import { cleanEnv } from '../support/process.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { until } from '../support/wait.js';

const KEY = crypto.randomBytes(16).toString('hex');
const HEADER = 'X-PlanGraph-Bookmark';

let writer: TestServer;
/** The replica's URL, and its process from the moment it is spawned (stopped even when it never became ready). */
let readerUrl: string;
let replica: ChildProcess | undefined;

/** A second API process on the same Neo4j, as a replica of a cluster deployment would be. */
async function startReplica(): Promise<string> {
  const c = testConnection();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot(), 'src/server/main.ts')], {
    cwd: projectRoot(),
    env: cleanEnv({ NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, PORT: '0', LOG_LEVEL: 'info', PLANGRAPH_MIGRATE: 'require', PLANGRAPH_SEED: 'off' }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  replica = child;
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg: string; graphql?: string };
      if (entry.msg === 'PlanGraph is listening') resolve(entry.graphql!.replace(/\/graphql$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`the replica exited with ${code}`)));
  });
  await until(() => fetch(`${url}/readyz`).then((r) => r.status), (status) => status === 200);
  return url;
}

beforeAll(async () => {
  writer = await startTestServer({ PLANGRAPH_API_KEYS: `${KEY}:ann:analyst` });
  readerUrl = await startReplica();
});
afterAll(async () => {
  replica?.kill('SIGTERM');
  await writer?.stop();
});

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: response.status, bookmark: response.headers.get(HEADER), body: (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] } };
}

describe('read-your-writes across API processes', () => {
  it('returns the bookmark of a write, and another process given it reads that write', async () => {
    const key = `bookmark-${crypto.randomBytes(4).toString('hex')}`;
    const write = await post(writer.url, `mutation { createTheme(input: {key: "${key}", name: "Bladwijzer", labelEn: "Bookmark", basis: CURATED, rationale: "made by a test"}) { id } }`, { 'X-API-Key': KEY });
    expect(write.body.errors).toBeUndefined();
    expect(write.bookmark).toMatch(/\S/);

    const read = await post(readerUrl, `{ node(id: "theme/${key}") { id } }`, { [HEADER]: write.bookmark! });
    expect(read.body).toEqual({ data: { node: { id: `theme/${key}` } } });
    expect(read.bookmark).toBeNull(); // a read has nothing new to remember
  });

  it('refuses a header that is no bookmark of this database, as BAD_USER_INPUT', async () => {
    const malformed = await post(readerUrl, '{ themes { totalCount } }', { [HEADER]: 'not a bookmark' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await post(readerUrl, '{ themes { totalCount } }', { [HEADER]: 'FB:nonsense' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
