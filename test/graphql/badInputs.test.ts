import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/neo4j/database.js';
import { loadSeedGraph } from '../support/dataset.js';
import { openTestDatabase } from '../support/neo4j.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { graphState } from '../domain/graphState.js';

/**
 * Nothing a client sends makes the API answer INTERNAL_SERVER_ERROR: a catalogue of bad inputs
 * (wrong types, huge and odd strings, cursors of any size, malformed ids, YAML bombs, half-valid
 * mutations), each answered with the specific code a client can act on, and none of them
 * changing the graph.
 */
const ANALYST = 'analyst-key-0123456789';
const IGO = 'igo-beleidsplan-2023-2028';

let db: Database;
let api: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  await loadSeedGraph(db);
  api = await startTestServer({ PLANGRAPH_API_KEYS: `${ANALYST}:ann:analyst` });
});
afterAll(async () => {
  await api.stop();
  await db.close();
});

const cursor = (text: string) => Buffer.from(text).toString('base64url');
const huge = 'x'.repeat(200_000);
const objective = (extra: Record<string, unknown>) => ({ plan: IGO, level: 'OPERATIONAL', title: 'Ongeldig', basis: 'CURATED', rationale: 'a bad input for a test', ...extra });
const CREATE = 'mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }';
const IMPORT = 'mutation($file: String!) { importPlan(file: $file) { summary } }';
const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`), 'plan: *i'].join('\n');

type Case = readonly [what: string, query: string, variables: Record<string, unknown>, code: string];

const CASES: readonly Case[] = [
  // wrong types
  ['a string where an Int goes', '{ objectives(first: "ten") { totalCount } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
  ['a variable of the wrong type', 'query($n: Int) { objectives(first: $n) { totalCount } }', { n: 'ten' }, 'BAD_USER_INPUT'],
  ['an Int beyond 32 bits', 'query($n: Int) { objectives(first: $n) { totalCount } }', { n: 2 ** 40 }, 'BAD_USER_INPUT'],
  ['a negative page size', '{ objectives(first: -1) { totalCount } }', {}, 'BAD_USER_INPUT'],
  ['an enum value that does not exist', '{ objectives(filter: {levels: [TACTICAL]}) { totalCount } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
  ['a date that is not on the calendar', '{ timeline(from: "2025-02-30", to: "2025-12-31") { totalCount } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
  ['an object where a list of ids goes', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: { a: 1 } }, 'BAD_USER_INPUT'],
  ['a field that does not exist', '{ objectives { nodes { nonsense } } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
  ['a document that does not parse', '{ objectives { ', {}, 'GRAPHQL_PARSE_FAILED'],
  // cursors of any size
  ['a cursor that is not one', '{ objectives(after: "not-a-cursor") { totalCount } }', {}, 'BAD_USER_INPUT'],
  ['a cursor far beyond the list', `{ objectives(after: "${cursor('pos:99999999999999999999')}") { totalCount nodes { id } } }`, {}, 'BAD_USER_INPUT'],
  ['a cursor just beyond 32 bits', `{ objectives(first: 5, after: "${cursor('pos:2147483648')}") { nodes { id } } }`, {}, 'BAD_USER_INPUT'],
  ['a huge cursor', 'query($c: String) { objectives(after: $c) { totalCount } }', { c: cursor(`pos:${'9'.repeat(5000)}`) }, 'BAD_USER_INPUT'],
  ['a cursor on a relationship field', `{ objective(id: "${IGO}/SO1") { children(after: "${cursor('pos:99999999999')}") { totalCount } } }`, {}, 'BAD_USER_INPUT'],
  ['a cursor on the audit trail', `{ changes(after: "${cursor('pos:99999999999')}") { totalCount } }`, {}, 'BAD_USER_INPUT'],
  // ids
  ['an id of 200 000 characters', 'query($id: ID!) { node(id: $id) { id } }', { id: huge }, 'BAD_USER_INPUT'],
  ['an id with control characters (no node has it)', 'query($id: ID!) { objective(id: $id) { id } }', { id: 'igo\u0000/\u0007SO1' }, 'OK'],
  ['a delete of an id that is no id', 'mutation($id: ID!) { deleteNode(id: $id, version: 1) { deleted } }', { id: huge }, 'BAD_USER_INPUT'],
  ['a version below one', `mutation { deleteNode(id: "${IGO}/SO1", version: -5) { deleted } }`, {}, 'BAD_USER_INPUT'],
  ['a key with a slash', CREATE, { input: objective({ key: 'a/b' }) }, 'BAD_USER_INPUT'],
  ['a plan that is no plan', CREATE, { input: objective({ plan: 'igo' }) }, 'NOT_FOUND'],
  ['a link between nodes that do not exist', 'mutation { link(input: {from: "nothing/1", to: "nothing/2", relationship: INVOLVES, basis: CURATED, rationale: "no such nodes here"}) { status } }', {}, 'NOT_FOUND'],
  // huge and odd strings
  ['a title of 200 000 characters', CREATE, { input: objective({ title: huge }) }, 'BAD_USER_INPUT'],
  ['a title of control characters', CREATE, { input: objective({ title: '\u0001\u0002' }) }, 'BAD_USER_INPUT'],
  ['a title of blanks', CREATE, { input: objective({ title: ' \t\n ' }) }, 'BAD_USER_INPUT'],
  ['lines beyond any document', CREATE, { input: objective({ basis: 'STATED', rationale: null, provenance: { source: '000_79ceb9d5b7d64cd0.txt', lines: '99999999999999999999', quote: 'x' } }) }, 'BAD_USER_INPUT'],
  ['a source outside the documents', CREATE, { input: objective({ basis: 'STATED', rationale: null, provenance: { source: '../../etc/passwd', lines: '1', quote: 'root' } }) }, 'BAD_USER_INPUT'],
  ['a year of another age', CREATE, { input: objective({ periodFrom: 2147483647 }) }, 'BAD_USER_INPUT'],
  ['a search of 200 000 characters', 'query($q: String!) { search(query: $q) { score } }', { q: huge }, 'BAD_USER_INPUT'],
  ['a search in Lucene syntax', '{ search(query: "AND OR (( ~ * \\" [ {") { score } }', {}, 'OK'],
  ['a text filter of odd characters', '{ objectives(filter: {text: "%_*\\\\.[]()$^"}) { totalCount } }', {}, 'OK'],
  // YAML
  ['a YAML alias bomb', IMPORT, { file: bomb }, 'BAD_USER_INPUT'],
  ['YAML nested a thousand deep', IMPORT, { file: `plan: ${'['.repeat(1000)}${']'.repeat(1000)}` }, 'BAD_USER_INPUT'],
  ['YAML that is a number', IMPORT, { file: '42' }, 'BAD_USER_INPUT'],
  ['YAML with a tab mess', IMPORT, { file: 'plan:\n\t- id: x\n  : : :' }, 'BAD_USER_INPUT'],
  ['an empty file', IMPORT, { file: '' }, 'BAD_USER_INPUT'],
  ['binary noise', IMPORT, { file: '\u0000\u0001\u00ff\ud800' }, 'BAD_USER_INPUT'],
  ['a plan with an impossible date', IMPORT, { file: 'plan: { id: bad-date, title: X, kind: POLICY_PLAN, publisher: igo, source: 004_293a34e3a9b67a1d.txt, provenance: { lines: "1", quote: "Digitalisering justitie" } }\nactions:\n  - { id: A1, kind: ACTION, title: X, deadline: { date: 2025-02-30, text: x }, provenance: { lines: "1", quote: "Digitalisering justitie" } }' }, 'BAD_USER_INPUT'],
];

describe('a catalogue of bad inputs', () => {
  it.each(CASES)('answers %s with its own code, never INTERNAL_SERVER_ERROR', async (_what, query, variables, code) => {
    const response = await api.request(query, variables, { 'x-api-key': ANALYST });
    const codes = (response.errors ?? []).map((e) => e.extensions?.code);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    if (code === 'OK') expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    else expect(codes, JSON.stringify(response.errors)?.slice(0, 500)).toEqual([code]);
    for (const e of response.errors ?? []) expect(e.message).not.toMatch(/Neo4j|Cypher|MATCH |Neo\.ClientError|java\./);
  });

  it('changed nothing in the graph', async () => {
    const before = await graphState(db);
    for (const [, query, variables] of CASES) await api.request(query, variables, { 'x-api-key': ANALYST });
    expect(await graphState(db)).toEqual(before);
  });
});
