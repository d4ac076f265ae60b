import fs from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../src/neo4j/connection.js';

/**
 * The seed graph of a test run, taken once after a real import (see globalSetup) and written to
 * a file, so that a test file can put it back in a few statements instead of importing the
 * dataset again. Every node with its labels and properties and every link with its type,
 * ends and properties is kept, with the Cypher type of each value (INTEGER, FLOAT, DATE,
 * ZONED DATETIME, lists): the restored graph is the imported one, node for node.
 * The schema (indexes, constraints) is not part of it: it stays in the database.
 */
export interface Snapshot {
  /** The schema the graph was taken with (SHOW INDEXES / SHOW CONSTRAINTS, names and shapes). */
  readonly schema: string;
  /** Nodes by label set: `labels` joined by ':', then [key, properties] pairs. */
  readonly nodes: { labels: string[]; rows: { k: string; p: Record<string, unknown> }[] }[];
  /** Links by type: [from key, to key, properties]. */
  readonly links: { type: string; rows: { a: string; b: string; p: Record<string, unknown> }[] }[];
}

/** A driver that hands out values with their Cypher types (integers stay Integer objects). */
function rawDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), { userAgent: 'plangraph-tests' });
}

type Encoded = unknown;

function encode(value: unknown): Encoded {
  if (Array.isArray(value)) return value.map(encode);
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (typeof value === 'number') return { $float: value };
  if (neo4j.isDate(value)) return { $date: [value.year, value.month, value.day].map(Number) };
  if (neo4j.isDateTime(value)) {
    if (value.timeZoneId) throw new Error(`snapshot: a DATETIME with a zone id (${value.timeZoneId}) is not expected`);
    return { $datetime: [value.year, value.month, value.day, value.hour, value.minute, value.second, value.nanosecond, value.timeZoneOffsetSeconds].map(Number) };
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  throw new Error(`snapshot: a property value of an unexpected type: ${String(value)}`);
}

function decode(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const v = value as { $int?: string; $float?: number; $date?: number[]; $datetime?: number[] };
    if (v.$int !== undefined) return neo4j.int(v.$int);
    if (v.$float !== undefined) return v.$float;
    if (v.$date) return new neo4j.types.Date(v.$date[0]!, v.$date[1]!, v.$date[2]!);
    if (v.$datetime) {
      const [year, month, day, hour, minute, second, nanosecond, offset] = v.$datetime as [number, number, number, number, number, number, number, number];
      return new neo4j.types.DateTime(year, month, day, hour, minute, second, nanosecond, offset);
    }
  }
  return value;
}

const encodeProps = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encode(v)]));
const decodeProps = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decode(v)]));

const SCHEMA_TEXT = [
  'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state RETURN name, type, entityType, labelsOrTypes, properties, state ORDER BY name',
  'SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN name, type, entityType, labelsOrTypes, properties ORDER BY name',
];

async function schemaOf(driver: Driver, database: string | undefined): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const parts: unknown[] = [];
    for (const text of SCHEMA_TEXT) parts.push((await session.run(text)).records.map((r) => r.toObject()));
    return JSON.stringify(parts);
  } finally {
    await session.close();
  }
}

/** Takes the whole graph (and the shape of the schema) of the database into `file`. */
export async function takeSnapshot(connection: Neo4jConnection, file: string): Promise<void> {
  const driver = rawDriver(connection);
  try {
    const session = driver.session({ database: connection.database, defaultAccessMode: neo4j.session.READ });
    const snapshot: Snapshot = { schema: await schemaOf(driver, connection.database), nodes: [], links: [] };
    try {
      await session.executeRead(async (tx) => {
        const nodes = await tx.run('MATCH (n) RETURN elementId(n) AS k, labels(n) AS labels, properties(n) AS p');
        const byLabels = new Map<string, Snapshot['nodes'][number]>();
        for (const r of nodes.records) {
          const labels = [...(r.get('labels') as string[])].sort();
          const key = labels.join(':');
          if (!byLabels.has(key)) byLabels.set(key, { labels, rows: [] });
          byLabels.get(key)!.rows.push({ k: r.get('k') as string, p: encodeProps(r.get('p') as Record<string, unknown>) });
        }
        const links = await tx.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS p');
        const byType = new Map<string, Snapshot['links'][number]>();
        for (const r of links.records) {
          const type = r.get('type') as string;
          if (!byType.has(type)) byType.set(type, { type, rows: [] });
          byType.get(type)!.rows.push({ a: r.get('a') as string, b: r.get('b') as string, p: encodeProps(r.get('p') as Record<string, unknown>) });
        }
        snapshot.nodes.push(...byLabels.values());
        snapshot.links.push(...byType.values());
      });
    } finally {
      await session.close();
    }
    fs.writeFileSync(file, JSON.stringify(snapshot));
    // The read saw the last transaction committed before it: the graph is the snapshot's as long
    // as no transaction commits after it.
    fs.writeFileSync(bookmarkFile(file, connection), JSON.stringify(session.lastBookmarks()));
  } finally {
    await driver.close();
  }
}

/**
 * The database's bookmark after the snapshot was taken or last put back: Neo4j hands every
 * transaction, a read too, a bookmark naming the last transaction committed, so an unchanged
 * bookmark means that nothing (no write, no schema change) has been committed since.
 */
const bookmarkFile = (file: string, connection: Neo4jConnection) => `${file}.${connection.uri.replace(/[^\w]+/g, '-')}.bookmark`;

async function lastCommitted(driver: Driver, database: string | undefined): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run('RETURN 1'));
    return JSON.stringify(session.lastBookmarks());
  } finally {
    await session.close();
  }
}

const quote = (name: string) => `\`${name.replaceAll('`', '``')}\``;
const cache = new Map<string, Snapshot>();

/**
 * Puts the graph of `file` back: nothing to do when no transaction has been committed since it
 * was taken or last put back; otherwise, when the schema is still the one the snapshot was taken
 * with, deletes every node and link and creates the snapshot's, in one transaction. Returns false
 * (and changes nothing) when the schema differs, so that the caller applies it and tries again.
 */
export async function restoreSnapshot(connection: Neo4jConnection, file: string): Promise<boolean> {
  const driver = rawDriver(connection);
  try {
    const stored = fs.existsSync(bookmarkFile(file, connection)) ? fs.readFileSync(bookmarkFile(file, connection), 'utf8') : undefined;
    if (stored !== undefined && stored === (await lastCommitted(driver, connection.database))) return true;
    fs.rmSync(bookmarkFile(file, connection), { force: true });
    let snapshot = cache.get(file);
    if (!snapshot) {
      snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
      cache.set(file, snapshot);
    }
    if ((await schemaOf(driver, connection.database)) !== snapshot.schema) return false;
    const session = driver.session({ database: connection.database });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run('MATCH (n) DETACH DELETE n');
        const ids = new Map<string, string>();
        for (const group of snapshot.nodes) {
          const labels = group.labels.map(quote).join(':');
          const rows = group.rows.map((r) => ({ k: r.k, p: decodeProps(r.p) }));
          const created = await tx.run(`UNWIND $rows AS row CREATE (n${labels ? `:${labels}` : ''}) SET n = row.p RETURN row.k AS k, elementId(n) AS id`, { rows });
          for (const r of created.records) ids.set(r.get('k') as string, r.get('id') as string);
          if (created.records.length !== rows.length) throw new Error(`snapshot: ${created.records.length} of ${rows.length} ${group.labels.join(':')} nodes restored`);
        }
        for (const group of snapshot.links) {
          const rows = group.rows.map((r) => ({ a: ids.get(r.a), b: ids.get(r.b), p: decodeProps(r.p) }));
          const created = await tx.run(`UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b CREATE (a)-[r:${quote(group.type)}]->(b) SET r = row.p`, { rows });
          const made = created.summary.counters.updates().relationshipsCreated;
          if (made !== rows.length) throw new Error(`snapshot: ${made} of ${rows.length} ${group.type} links restored`);
        }
      });
      fs.writeFileSync(bookmarkFile(file, connection), JSON.stringify(session.lastBookmarks()));
    } finally {
      await session.close();
    }
    return true;
  } finally {
    await driver.close();
  }
}

/**
 * The whole graph in a canonical form, for comparing two graphs made apart: every node (labels,
 * properties with their types) and every link (its ends, type, properties), sorted; nodes are
 * named by their id, or by their whole content when they have none. What differs from one
 * write to the next is kept as its type only: ZONED DATETIME values (when things were written)
 * and the random ids of change records; and the names of an organisation, which the import
 * gathers in no fixed order (aliases, aliasText, searchText), are compared sorted.
 */
export async function canonicalGraph(connection: Neo4jConnection): Promise<{ nodes: string[]; links: string[] }> {
  const driver = rawDriver(connection);
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const NAMES = new Set(['aliases', 'aliasText', 'searchText']);
  const unordered = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : typeof v === 'string' ? v.split(' | ').sort().join(' | ') : v);
  const masked = (props: Record<string, unknown>, labels: string[] = []) =>
    Object.fromEntries(
      Object.entries(props)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [
          k,
          neo4j.isDateTime(v) ? 'ZONED DATETIME' : labels.includes('ChangeRecord') && k === 'id' && typeof v === 'string' && UUID.test(v) ? 'UUID' : encode(NAMES.has(k) ? unordered(v) : v),
        ]),
    );
  try {
    const session = driver.session({ database: connection.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(async (tx) => {
        const names = new Map<string, string>();
        const nodes = (await tx.run('MATCH (n) RETURN elementId(n) AS k, labels(n) AS labels, properties(n) AS p')).records.map((r) => {
          const props = r.get('p') as Record<string, unknown>;
          const labels = [...(r.get('labels') as string[])].sort();
          const text = JSON.stringify([labels, masked(props, labels)]);
          names.set(r.get('k') as string, typeof props.id === 'string' && !labels.includes('ChangeRecord') ? props.id : text);
          return text;
        });
        const links = (await tx.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS p')).records.map((r) =>
          JSON.stringify([names.get(r.get('a') as string), r.get('type'), names.get(r.get('b') as string), masked(r.get('p') as Record<string, unknown>)]),
        );
        return { nodes: nodes.sort(), links: links.sort() };
      });
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** The bookmark of the last transaction committed in the database (see lastCommitted). */
export async function lastCommittedIn(connection: Neo4jConnection): Promise<string> {
  const driver = rawDriver(connection);
  try {
    return await lastCommitted(driver, connection.database);
  } finally {
    await driver.close();
  }
}
