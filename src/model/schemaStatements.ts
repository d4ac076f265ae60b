import { KINDS, propOf } from './kinds.js';
import { REL_TYPES } from './links.js';
import type { KindDef } from './types.js';
import { CODE_SCOPE_PROP, PLAN_CODE_PROP } from './uniqueness.js';

/**
 * The constraints and indexes of the database, derived from the model table: every kind gets
 * a unique id, the indexes its list sorts and filters use, a text index for the `text` filter,
 * and the full-text index of search covers every searchable field. `npm run cypher:emit`
 * writes them to cypher/schema/ (where they are read at start, and reviewed in diffs); a test
 * fails when the files and the model disagree.
 */
export interface SchemaFile {
  readonly name: string;
  readonly header: string;
  readonly statements: readonly string[];
}

const GENERATED = '// Generated from src/model by `npm run cypher:emit`; edit the model, not this file.';

/** snake_case of a label or property, for index names. */
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function constraints(): string[] {
  const out = ['CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE'];
  for (const k of KINDS) out.push(`CREATE CONSTRAINT ${snake(k.kind)}_id IF NOT EXISTS FOR (n:${k.kind}) REQUIRE n.id IS UNIQUE`);
  // Codes unique among siblings, normalised codes within a plan (see uniqueness.ts): the keys hold the scope.
  out.push(`CREATE CONSTRAINT entity_code_scope IF NOT EXISTS FOR (n:Entity) REQUIRE n.${CODE_SCOPE_PROP} IS UNIQUE`);
  out.push(`CREATE CONSTRAINT entity_plan_code IF NOT EXISTS FOR (n:Entity) REQUIRE n.${PLAN_CODE_PROP} IS UNIQUE`);
  out.push('CREATE CONSTRAINT change_record_id IF NOT EXISTS FOR (n:ChangeRecord) REQUIRE n.id IS UNIQUE');
  // Suggested alignments someone decided on: one per pair (see src/suggestions).
  out.push('CREATE CONSTRAINT suggestion_decision_id IF NOT EXISTS FOR (n:SuggestionDecision) REQUIRE n.id IS UNIQUE');
  return out;
}

/** The properties of a kind that get a range index: document order, the sort keys, the filters. */
export function indexedProps(k: KindDef): string[] {
  const props = new Set<string>(['docKey']);
  if (k.scope === 'plan') props.add('planId');
  for (const prop of Object.values(k.sorts)) if (prop) props.add(prop);
  for (const p of k.props) if (p.indexed) props.add(propOf(p));
  for (const f of k.filters) if ((f.op === 'in' || f.op === 'dateRange') && f.prop !== 'id') props.add(f.prop);
  return [...props];
}

function indexes(): string[] {
  // Statements that match any kind (:Entity) by plan: the import's and the write path's look-ups.
  const out: string[] = ['CREATE INDEX entity_plan IF NOT EXISTS FOR (n:Entity) ON (n.planId)'];
  for (const k of KINDS) {
    for (const prop of indexedProps(k)) out.push(`CREATE INDEX ${snake(k.kind)}_${snake(prop)} IF NOT EXISTS FOR (n:${k.kind}) ON (n.${prop})`);
    out.push(`CREATE TEXT INDEX ${snake(k.kind)}_search_text IF NOT EXISTS FOR (n:${k.kind}) ON (n.searchText)`);
  }
  out.push('CREATE INDEX change_record_node IF NOT EXISTS FOR (n:ChangeRecord) ON (n.nodeId)');
  out.push('CREATE INDEX change_record_other IF NOT EXISTS FOR (n:ChangeRecord) ON (n.otherId)');
  out.push('CREATE INDEX change_record_organisation IF NOT EXISTS FOR (n:ChangeRecord) ON (n.organisationId)');
  // A suggestion is found by its id (decisions), and listed per organisation.
  out.push('CREATE INDEX suggested_alignment_id IF NOT EXISTS FOR ()-[r:SUGGESTED_ALIGNMENT]-() ON (r.id)');
  // The links a file states (their origin), found again on its next import: relationship
  // indexes are per type, so one per type (see originRelationships below).
  for (const r of REL_TYPES) out.push(`CREATE INDEX ${snake(r.type)}_origin IF NOT EXISTS FOR ()-[r:${r.type}]-() ON (r.origin)`);
  return out;
}

/**
 * The import's look-up of the links some files state, by origin: one index seek per
 * relationship type (an untyped match would read every relationship of the graph for every
 * file). Written to cypher/import/origin-relationships.cypher.
 */
function originRelationships(): string[] {
  return byOrigin((type) => `MATCH (a)-[r:${type}]->(b) WHERE r.origin IN $origins\nRETURN r.origin AS origin, '${type}' AS type, a.id AS from, b.id AS to, r.key AS key`);
}

/**
 * How many links some files state in the graph, by origin: once a file's links are written,
 * the file has no stale link unless the graph holds more of its origin than it states, so the
 * links themselves are read (originRelationships) only for those files. Index seeks, counted in
 * Neo4j. Written to cypher/import/origin-relationship-counts.cypher.
 */
function originRelationshipCounts(): string[] {
  return byOrigin((type) => `MATCH ()-[r:${type}]->() WHERE r.origin IN $origins\nRETURN r.origin AS origin, count(r) AS links`);
}

/**
 * One statement with a branch per relationship type (an index seek on the type's origin index
 * each). Its plan is index seeks whatever the statistics say, but a statement this long takes
 * Neo4j seconds to plan, and an import that grows the graph makes the statistics stale, so
 * Neo4j planned it again for nearly every transaction of a large import (a fifth of its time at
 * 10x): `replan=skip` plans it once.
 */
function byOrigin(branch: (type: string) => string): string[] {
  return [`CYPHER replan=skip\n${REL_TYPES.map((r) => branch(r.type)).join('\nUNION ALL\n')}`];
}

/**
 * The import's write of links, one statement per type, in the order of REL_TYPES. A MERGE whose
 * type is a value (`$(row.type)`) is planned without its two bound ends when the statistics are
 * those of an empty graph (a first import): Neo4j 5.26 then scans every relationship of the
 * database for every row. With the type written out, the MERGE stays on the two nodes it joins;
 * one short statement per type (not one statement with a branch per type) is planned in
 * milliseconds, also again when an import has made the statistics stale. Written to
 * cypher/import/upsert-relationships.cypher.
 */
function upsertRelationships(): string[] {
  return REL_TYPES.map((r) => [
    'UNWIND $rels AS row',
    'MATCH (a:Entity {id: row.from}) WHERE row.fromKind IN labels(a)',
    'MATCH (b:Entity {id: row.to}) WHERE row.toKind IN labels(b)',
    `MERGE (a)-[r:${r.type} {origin: row.origin, key: row.key}]->(b)`,
    'ON CREATE SET r.createdAt = datetime($now), r.createdBy = $actor, r._new = true',
    'WITH r, row, r._new IS NOT NULL AS created, r.contentHash AS before',
    'REMOVE r._new',
    'WITH r, row, created, NOT created AND (before IS NULL OR before <> row.hash) AS changed',
    'FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |',
    '  SET r.updatedAt = datetime($now), r.updatedBy = $actor)',
    'FOREACH (_ IN CASE WHEN created OR changed THEN [1] ELSE [] END |',
    '  SET r += row.props, r.contentHash = row.hash)',
    'RETURN row.file AS file,',
    '       count(*) AS total,',
    '       sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,',
    '       sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated',
  ].join('\n'));
}

/** Every searchable field of any kind, plus the aliases the documents use for organisations. */
export function fullTextProps(): string[] {
  const props = new Set<string>();
  for (const k of KINDS) for (const p of k.props) if (p.searchable) props.add(propOf(p));
  props.add('aliasText');
  return [...props];
}

export const FULLTEXT_INDEX = 'entity_text';

function fullText(): string[] {
  return [
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS\n` +
      `FOR (n:${KINDS.map((k) => k.kind).join('|')})\n` +
      `ON EACH [${fullTextProps().map((p) => `n.${p}`).join(', ')}]\n` +
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'dutch', `fulltext.eventually_consistent`: false } }",
  ];
}

/** The statements of other folders of cypher/ that the model generates. */
export function generatedStatementFiles(): SchemaFile[] {
  return [
    {
      name: 'import/origin-relationships',
      header: `${GENERATED}\n// The links some files state (by origin), to find what a new version of a file dropped: one\n// index seek per relationship type and origin.`,
      statements: originRelationships(),
    },
    {
      name: 'import/origin-relationship-counts',
      header: `${GENERATED}\n// How many links some files state in the graph, by origin (one row per type and origin): a file\n// whose origin has no more links than the file states has none that the file dropped.`,
      statements: originRelationshipCounts(),
    },
    {
      name: 'import/upsert-relationships',
      header: [
        GENERATED,
        '// Creates or updates links between nodes matched by id and label. A link is identified by its',
        '// type, its two ends, its origin (the plan, registry or alignment file that states it) and a',
        '// key (for example the wording of a mention), so two documents stating the same link give two',
        '// pieces of evidence. `hash` fingerprints the incoming properties: an unchanged link is left',
        '// alone. Rows of several files go in one statement; `row.file` numbers the file, and the',
        '// counts come back per file. One statement per type, in the order of the model\'s link types',
        '// (see upsertRelationships in the model).',
      ].join('\n'),
      statements: upsertRelationships(),
    },
  ];
}

export function schemaFiles(): SchemaFile[] {
  return [
    {
      name: '001-constraints',
      header: `${GENERATED}\n// Identity: ids are unique across all kinds (every node is also an Entity) and within each kind.`,
      statements: constraints(),
    },
    {
      name: '002-indexes',
      header: `${GENERATED}\n// Range indexes behind every sort and filter of the lists, and text indexes behind the text filter.`,
      statements: indexes(),
    },
    {
      name: '003-fulltext',
      header: `${GENERATED}\n// Search over names, titles and texts with Lucene's Dutch analyzer (stemming, Dutch stop words).`,
      statements: fullText(),
    },
  ];
}

export function schemaFileText(file: SchemaFile): string {
  return `${file.header}\n${file.statements.map((s) => `${s};`).join('\n')}\n`;
}

/** A generated file of statements, as the repository loads it: one without a semicolon, several each ended by one. */
export function statementFileText(file: SchemaFile): string {
  return file.statements.length === 1 ? `${file.header}\n${file.statements[0]}\n` : schemaFileText(file);
}
