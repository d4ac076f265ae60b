import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { DatabaseBusyError, DatabaseTimeoutError, DatabaseUnavailableError, RequestAbortedError } from '../../src/neo4j/errors.js';
import { openTestDatabase, testConnection } from '../support/neo4j.js';
import { hostAndPort, TcpRelay } from '../support/proxy.js';
import { next, until } from '../support/wait.js';

// A statement that runs far longer than any bound below, whatever the machine.
const LONG = { name: 'test/long', text: 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n' };
const TX_ID = { name: 'test/tx-id', text: "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId" };
const RUNNING_LONG = { name: 'test/running', text: "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 2000000000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n" };

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.close());

async function longRunning(): Promise<number> {
  const [row] = await db.read(RUNNING_LONG);
  return Number(row?.n);
}

describe('records larger than a Bolt chunk', () => {
  it('reads a record of many chunks whole and in order (strings across chunk boundaries included)', async () => {
    const [row] = await db.read({ name: 'test/large-record', text: "RETURN [i IN range(1, 6000) | {key: 'k' + toString(i), text: 'tekst met een ë en ' + toString(i), n: i}] AS items" });
    const items = row?.items as { key: string; text: string; n: number }[];
    expect(items).toHaveLength(6000);
    expect(items.every((item, i) => item.key === `k${i + 1}` && item.text === `tekst met een ë en ${i + 1}` && item.n === i + 1)).toBe(true);
  });
});

describe('the database handle of a request', () => {
  it('runs the reads of a request on one session, each an auto-commit query of its own, and counts them', async () => {
    const request = db.forRequest();
    const ids = await Promise.all([request.read(TX_ID), request.read(TX_ID), request.readTransaction((tx) => tx.run(TX_ID))]);
    await request.close();
    // One transaction per statement: no BEGIN and COMMIT around a read (the session, one slot of
    // the pool, is the request's until it ends: see 'answers DatabaseBusyError' below).
    expect(new Set(ids.map((rows) => rows[0]?.transactionId)).size).toBe(3);
    expect(request.statements).toBe(3);
  });

  it('reads what it wrote: a write ends the read session, the next read sees the write', async () => {
    const request = db.forRequest();
    await request.read(TX_ID);
    await request.write({ name: 'test/mark', text: "MERGE (m:TestMarker {name: 'read-your-write'}) SET m.at = timestamp()" });
    const rows = await request.read({ name: 'test/read-mark', text: "MATCH (m:TestMarker {name: 'read-your-write'}) RETURN count(m) AS n" });
    expect(request.hasWritten).toBe(true);
    expect((await request.bookmarks()).length).toBeGreaterThan(0);
    await request.close();
    expect(rows).toEqual([{ n: 1 }]);
    await db.write({ name: 'test/unmark', text: 'MATCH (m:TestMarker) DELETE m' });
  });

  it('cancels the running query when its request is given up: Neo4j terminates it', async () => {
    const controller = new AbortController();
    const request = db.forRequest({ signal: controller.signal });
    const reading = request.read(LONG);
    await until(longRunning, (n) => n === 1);
    controller.abort(new RequestAbortedError('the client went away'));
    await expect(reading).rejects.toThrow('the client went away');
    await until(longRunning, (n) => n === 0);
    await request.close();
    await expect(request.read(TX_ID)).rejects.toBeInstanceOf(RequestAbortedError);
  });

  it('cancels its work when its deadline passes, as a timeout', async () => {
    const request = db.forRequest({ deadlineMs: 200 });
    await expect(request.read(LONG)).rejects.toBeInstanceOf(DatabaseTimeoutError);
    await request.close();
    await until(longRunning, (n) => n === 0);
  });
});

describe('limits of the database layer', () => {
  it('has Neo4j terminate a transaction that runs past the transaction timeout, an auto-commit read of a request too', async () => {
    const short = openTestDatabase(testConnection(), { txTimeoutMs: 200 });
    const request = short.forRequest();
    try {
      await expect(short.read(LONG)).rejects.toBeInstanceOf(DatabaseTimeoutError);
      await expect(request.read(LONG)).rejects.toBeInstanceOf(DatabaseTimeoutError);
      await until(longRunning, (n) => n === 0);
    } finally {
      await request.close();
      await short.close();
    }
  });

  it('answers DatabaseBusyError (not a driver timeout) when every connection is taken', async () => {
    const small = openTestDatabase(testConnection(), { poolSize: 1, acquireTimeoutMs: 10 });
    const holder = small.forRequest();
    const other = small.forRequest();
    try {
      await holder.read(TX_ID); // holds the only slot until the request ends
      await expect(other.read(TX_ID)).rejects.toBeInstanceOf(DatabaseBusyError);
      await holder.close();
      await expect(other.read(TX_ID)).resolves.toHaveLength(1);
    } finally {
      await other.close();
      await small.close();
    }
  });
});

describe('the circuit breaker', () => {
  it('fails fast while Neo4j is unreachable and closes by itself when it answers again', async () => {
    const relay = new TcpRelay(hostAndPort(testConnection().uri));
    const port = await relay.open();
    const connection = { ...testConnection(), uri: `bolt://127.0.0.1:${port}` };
    const relayed = openTestDatabase(connection);
    try {
      await relayed.read(TX_ID);
      await relay.cut();
      const down = next(relayed.availability, 'down');
      await expect(relayed.read(TX_ID)).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await down;
      expect(relayed.availability.state).toBe('down');
      // Known down: refused before any connection is tried.
      const request = relayed.forRequest();
      await expect(request.read(TX_ID)).rejects.toThrow(/is down/);
      await request.close();

      const up = next(relayed.availability, 'up');
      await relay.open();
      await up;
      await expect(relayed.read(TX_ID)).resolves.toHaveLength(1);
    } finally {
      await relayed.close();
      await relay.cut();
    }
  });
});
