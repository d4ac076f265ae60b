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
 * The import's look-up of the links one file states, by origin: one index seek per
 * relationship type (an untyped match would read every relationship of the graph for every
 * file). Written to cypher/import/origin-relationships.cypher.
 */
function originRelationships(): string[] {
  const branches = REL_TYPES.map((r) => `MATCH (a)-[r:${r.type}]->(b) WHERE r.origin = $origin\nRETURN '${r.type}' AS type, a.id AS from, b.id AS to, r.key AS key`);
  return [branches.join('\nUNION ALL\n')];
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
      header: `${GENERATED}\n// The links one file states (by origin), to find what a new version of the file dropped: one\n// index seek per relationship type.`,
      statements: originRelationships(),
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

/** A generated file of one statement, as the repository loads it (no semicolon). */
export function statementFileText(file: SchemaFile): string {
  return `${file.header}\n${file.statements.join('\n')}\n`;
}
