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
  /**
   * Links by type: [from key, to key, properties], in the order they were made (their ids): a
   * node's links are walked newest first, and what the import gathers from them without an
   * order (an organisation's aliases) comes out in that order, so they are made again in it.
   */
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
        const nodes = await tx.run('MATCH (n) RETURN elementId(n) AS k, labels(n) AS labels, properties(n) AS p ORDER BY id(n)');
        const byLabels = new Map<string, Snapshot['nodes'][number]>();
        for (const r of nodes.records) {
          const labels = [...(r.get('labels') as string[])].sort();
          const key = labels.join(':');
          if (!byLabels.has(key)) byLabels.set(key, { labels, rows: [] });
          byLabels.get(key)!.rows.push({ k: r.get('k') as string, p: encodeProps(r.get('p') as Record<string, unknown>) });
        }
        const links = await tx.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS p ORDER BY id(r)');
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
    const ids = Object.fromEntries(snapshot.nodes.flatMap((group) => group.rows.map((r) => [r.k, r.k])));
    fs.writeFileSync(placedFile(file, connection), JSON.stringify({ bookmark: JSON.stringify(session.lastBookmarks()), ids } satisfies Placed));
  } finally {
    await driver.close();
  }
}

/**
 * What is known of a database the snapshot was taken from or put into: the bookmark then, and the
 * element id each node of the snapshot got there. Neo4j hands every transaction, a read too, a
 * bookmark naming the last transaction committed, so an unchanged bookmark means that nothing
 * (no write, no schema change) has been committed since.
 */
interface Placed {
  readonly bookmark: string;
  readonly ids: Record<string, string>;
}

const placedFile = (file: string, connection: Neo4jConnection) => `${file}.${connection.uri.replace(/[^\w]+/g, '-')}.placed.json`;

function readPlaced(file: string, connection: Neo4jConnection): Placed | undefined {
  const where = placedFile(file, connection);
  return fs.existsSync(where) ? (JSON.parse(fs.readFileSync(where, 'utf8')) as Placed) : undefined;
}

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
/** Properties, encoded, in one order: equal graphs give equal texts. */
const canonical = (encoded: Record<string, unknown>) => JSON.stringify(Object.entries(encoded).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

interface Loaded {
  readonly snapshot: Snapshot;
  readonly nodes: Map<string, { labels: string[]; text: string; p: Record<string, unknown> }>;
  readonly links: { a: string; b: string; type: string; text: string; p: Record<string, unknown> }[];
}
const cache = new Map<string, Loaded>();

function load(file: string): Loaded {
  let loaded = cache.get(file);
  if (!loaded) {
    const snapshot = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
    const nodes = new Map<string, { labels: string[]; text: string; p: Record<string, unknown> }>();
    for (const group of snapshot.nodes) for (const r of group.rows) nodes.set(r.k, { labels: group.labels, text: canonical(r.p), p: r.p });
    const links = snapshot.links.flatMap((group) => group.rows.map((r) => ({ a: r.a, b: r.b, type: group.type, text: canonical(r.p), p: r.p })));
    loaded = { snapshot, nodes, links };
    cache.set(file, loaded);
  }
  return loaded;
}

class Mismatch extends Error {}

/**
 * Puts the graph of `file` back. Nothing to do when no transaction has been committed since it was
 * taken or last put back. Otherwise, when the schema is still the one the snapshot was taken with,
 * in one transaction: the graph is read and compared with the snapshot, node by node (by the
 * element ids they got when put back) and link by link; when the changes are additions and
 * changed properties or labels, only they are undone (links and nodes that are not the
 * snapshot's deleted, changed nodes set back) and the counts checked; when a node or link of the
 * snapshot is gone, or anything is unexpected, the whole snapshot is put back instead (every
 * node and link deleted and created again, in the order they were first made). Returns false (and changes nothing)
 * when the schema differs, so that the caller applies it and tries again.
 */
export async function restoreSnapshot(connection: Neo4jConnection, file: string): Promise<boolean> {
  const driver = rawDriver(connection);
  try {
    const placed = readPlaced(file, connection);
    if (placed && placed.bookmark === (await lastCommitted(driver, connection.database))) return true;
    fs.rmSync(placedFile(file, connection), { force: true });
    const loaded = load(file);
    if ((await schemaOf(driver, connection.database)) !== loaded.snapshot.schema) return false;
    const session = driver.session({ database: connection.database });
    try {
      let ids: Map<string, string>;
      try {
        if (!placed) throw new Mismatch('not placed');
        ids = await session.executeWrite((tx) => undoChanges(tx, loaded, new Map(Object.entries(placed.ids))));
      } catch (err) {
        if (!(err instanceof Mismatch)) throw err;
        ids = await session.executeWrite((tx) => putBackWhole(tx, loaded.snapshot));
      }
      const next: Placed = { bookmark: JSON.stringify(session.lastBookmarks()), ids: Object.fromEntries(ids) };
      fs.writeFileSync(placedFile(file, connection), JSON.stringify(next));
    } finally {
      await session.close();
    }
    return true;
  } finally {
    await driver.close();
  }
}

type Tx = Parameters<Parameters<ReturnType<Driver['session']>['executeWrite']>[0]>[0];

async function putBackWhole(tx: Tx, snapshot: Snapshot): Promise<Map<string, string>> {
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
  return ids;
}

/** Undoes what was committed since the snapshot was put back with `ids`; returns the ids after. */
async function undoChanges(tx: Tx, loaded: Loaded, ids: Map<string, string>): Promise<Map<string, string>> {
  const current = new Map<string, { labels: string[]; text: string }>();
  for (const r of (await tx.run('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS p')).records) {
    current.set(r.get('id') as string, { labels: [...(r.get('labels') as string[])].sort(), text: canonical(encodeProps(r.get('p') as Record<string, unknown>)) });
  }
  // Nodes: the snapshot's, by the id they were given; changed ones set back, missing ones listed.
  const kept = new Set<string>();
  const missing: string[] = [];
  const changed: { id: string; k: string; labels: string[] }[] = [];
  for (const [k, node] of loaded.nodes) {
    const id = ids.get(k);
    const now = id === undefined ? undefined : current.get(id);
    if (id === undefined || !now || kept.has(id)) {
      missing.push(k);
      continue;
    }
    kept.add(id);
    if (now.text !== node.text || now.labels.join(':') !== node.labels.join(':')) changed.push({ id, k, labels: now.labels });
  }
  const extraNodes = [...current.keys()].filter((id) => !kept.has(id));
  // Links: the snapshot's, as (from, to, type, properties), matched as a multiset against the graph's.
  const wanted = new Map<string, number>();
  const sig = (a: string, b: string, type: string, text: string) => `${a}\u0000${b}\u0000${type}\u0000${text}`;
  for (const link of loaded.links) {
    const a = ids.get(link.a);
    const b = ids.get(link.b);
    if (a === undefined || b === undefined) throw new Mismatch('a link of the snapshot has an end without an id');
    const key = sig(a, b, link.type, link.text);
    wanted.set(key, (wanted.get(key) ?? 0) + 1);
  }
  const extraLinks: string[] = [];
  for (const r of (await tx.run('MATCH (a)-[r]->(b) RETURN elementId(r) AS id, elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS p')).records) {
    const key = sig(r.get('a') as string, r.get('b') as string, r.get('type') as string, canonical(encodeProps(r.get('p') as Record<string, unknown>)));
    const left = wanted.get(key) ?? 0;
    if (left > 0) wanted.set(key, left - 1);
    else extraLinks.push(r.get('id') as string);
  }
  // A node or link made again would stand elsewhere in the order the graph is walked in: then
  // the whole snapshot is put back instead.
  if (missing.length) throw new Mismatch('nodes of the snapshot were deleted');
  const missingLinks = loaded.links.filter((link) => {
    const key = sig(ids.get(link.a)!, ids.get(link.b)!, link.type, link.text);
    const left = wanted.get(key) ?? 0;
    if (left === 0) return false;
    wanted.set(key, left - 1);
    return true;
  });

  if (missingLinks.length) throw new Mismatch('links of the snapshot were deleted or changed');
  await tx.run('UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r', { ids: extraLinks });
  await tx.run('UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id DETACH DELETE n', { ids: extraNodes });
  for (const c of changed) {
    const node = loaded.nodes.get(c.k)!;
    const remove = c.labels.filter((l) => !node.labels.includes(l));
    const add = node.labels.filter((l) => !c.labels.includes(l));
    const labels = `${remove.length ? ` REMOVE n:${remove.map(quote).join(':')}` : ''}${add.length ? ` SET n:${add.map(quote).join(':')}` : ''}`;
    await tx.run(`MATCH (n) WHERE elementId(n) = $id${labels} SET n = $p`, { id: c.id, p: decodeProps(node.p) });
  }
  const counts = (await tx.run('MATCH (n) RETURN count(n) AS nodes, count { ()-[]->() } AS links')).records[0]!;
  if (Number(counts.get('nodes')) !== loaded.nodes.size || Number(counts.get('links')) !== loaded.links.length) throw new Mismatch('counts differ after undoing');
  return ids;
}

/**
 * The whole graph in a canonical form, for comparing two graphs made apart: every node (labels,
 * properties with their types) and every link (its ends, type, properties), sorted; nodes are
 * named by their id, or by their whole content when they have none. What differs from one
 * write to the next is kept as its type only: ZONED DATETIME values (when things were written),
 * the random ids of change records and the process that recorded a start-up step; and the names
 * of an organisation, which the import gathers in no fixed order (aliases, aliasText,
 * searchText), are compared sorted.
 */
export async function canonicalGraph(connection: Neo4jConnection): Promise<{ nodes: string[]; links: string[] }> {
  const driver = rawDriver(connection);
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const NAMES = new Set(['aliases', 'aliasText', 'searchText']);
  const unordered = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : typeof v === 'string' ? v.split(' | ').sort().join(' | ') : v);
  /** A value as compared: what differs from one write to the next as its kind only. */
  const comparable = (labels: readonly string[], k: string, v: unknown): unknown => {
    if (neo4j.isDateTime(v)) return 'ZONED DATETIME';
    if (labels.includes('ChangeRecord') && k === 'id' && typeof v === 'string' && UUID.test(v)) return 'UUID';
    if (labels.includes('PlanGraphSetup') && k === 'by') return 'PROCESS';
    return encode(NAMES.has(k) ? unordered(v) : v);
  };
  const masked = (props: Record<string, unknown>, labels: string[] = []) =>
    Object.fromEntries(
      Object.entries(props)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, comparable(labels, k, v)]),
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
