import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testConnection } from '../support/neo4j.js';
import { cleanEnv, runToExit } from '../support/process.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-startup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function external(env: Record<string, string>): NodeJS.ProcessEnv {
  const c = testConnection();
  return cleanEnv({ NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, PORT: '0', PLANGRAPH_SEED: 'off', ...env });
}

async function listening(server: net.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as net.AddressInfo).port;
}

// Each fault ends `npm start` with status 1 and its cause on stderr (no hanging, no retrying).
describe.concurrent('start-up faults', () => {
  it('a data folder that can not be created', async () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    const exit = await runToExit('src/server/main.ts', cleanEnv({ PORT: '0', PLANGRAPH_NEO4J_DIR: path.join(file, 'data') }));
    expect(exit.code).toBe(1);
    expect(exit.stderr).toMatch(/the Neo4j data folder .*a-file\/data can not be created or written \(ENOTDIR.*\); set PLANGRAPH_NEO4J_DIR/);
  });

  it('credentials Neo4j refuses, named by URI and never by password', async () => {
    // Another user name: Neo4j locks a user out for a while after a few refused attempts, and the
    // tests after this one sign in as the test run's user.
    const exit = await runToExit('src/server/main.ts', external({ NEO4J_USER: 'someone-else', NEO4J_PASSWORD: 'wrong-password-for-test' }));
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`Neo4j at ${testConnection().uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`);
    expect(exit.stderr + exit.stdout).not.toContain('wrong-password-for-test');
  });

  it('a database that does not exist on that Neo4j', async () => {
    const exit = await runToExit('src/server/main.ts', external({ NEO4J_DATABASE: 'nosuchdatabase' }));
    expect(exit.code).toBe(1);
    expect(exit.stderr).toMatch(/has no such database \(check NEO4J_DATABASE\)/);
  });

  it('an HTTP port already in use', async () => {
    const blocker = http.createServer();
    const port = await listening(blocker);
    try {
      const exit = await runToExit('src/server/main.ts', external({ PORT: String(port) }));
      expect(exit.code).toBe(1);
      expect(exit.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use: stop what runs there, or set PORT to another port.`);
    } finally {
      blocker.close();
    }
  });

  it('a Bolt port already in use (embedded Neo4j)', async () => {
    const blocker = net.createServer();
    const port = await listening(blocker);
    try {
      const exit = await runToExit('src/server/main.ts', cleanEnv({ PORT: '0', PLANGRAPH_NEO4J_DIR: path.join(dir, 'bolt'), PLANGRAPH_NEO4J_BOLT_PORT: String(port), PLANGRAPH_NEO4J_HEAP_MB: '256', PLANGRAPH_NEO4J_PAGECACHE_MB: '16' }));
      expect(exit.code).toBe(1);
      expect(exit.stderr).toContain(`Bolt port ${port} is already in use; set PLANGRAPH_NEO4J_BOLT_PORT to a free port, or to 0 to pick one.`);
    } finally {
      blocker.close();
    }
  });
});
