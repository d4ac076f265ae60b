import type { CypherQuery } from '../../neo4j/cypher.js';
import { linkKey, refKey, type LinkProjection, type ListFilter, type NodeProjection, type Order, type Page, type ReadRoot, type RefProjection, type RowsProjection, type SlotProjection } from './readPlan.js';

/**
 * Compiles a read plan into ONE Cypher statement that returns exactly what was asked: a map per
 * root node with the selected properties, and for every relationship field one page of linked
 * nodes, ordered and cut inside Neo4j (COLLECT subqueries with ORDER BY / SKIP / LIMIT per
 * parent), so a hub costs the page, not its degree. Labels, relationship types and property
 * names come from the model (never from input); every value is a parameter.
 *
 * Result: rows with a `result` column: the root's map (`id`, `kind`, properties, `l_<Kind>_<key>`
 * per link field as `{ total, items: [{ r: link map, n: node map }] }`, `r_<Kind>_<key>` per ref).
 * A list root returns one row `{ total, items }`.
 */
export interface CompiledRead {
  readonly query: CypherQuery;
  readonly params: Record<string, unknown>;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Names from the model still pass through here: anything else is a bug, not an injection. */
function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a Cypher identifier: ${name}`);
  return name;
}

class Emitter {
  readonly params: Record<string, unknown> = {};
  private count = 0;
  private vars = 0;

  param(value: unknown): string {
    const name = `p${this.count++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  variable(prefix: string): string {
    return `${prefix}${this.vars++}`;
  }
}

function orderBy(v: string, order: Order, reverse: boolean): string {
  const dir = order.descending !== reverse ? 'DESC' : 'ASC';
  const tie = reverse ? 'DESC' : 'ASC';
  return order.prop === 'id' ? `${v}.id ${dir}` : `${v}.${ident(order.prop)} ${dir}, ${v}.id ${tie}`;
}

function skipLimit(e: Emitter, page: Page): string {
  // Forward pages read one more than asked: whether it exists says if more follow.
  if (page.reverse) return `LIMIT ${e.param(page.limit + 1)}`;
  return `SKIP ${e.param(page.offset)} LIMIT ${e.param(page.limit + 1)}`;
}

function pattern(v: string, link: LinkProjection, r: string, m: string): string {
  const rel = `[${r}:${ident(link.rel)}]`;
  const target = `(${m}:${link.targets.map(ident).join('|')})`;
  if (link.direction === 'OUT') return `(${v})-${rel}->${target}`;
  if (link.direction === 'IN') return `(${v})<-${rel}-${target}`;
  return `(${v})-${rel}-${target}`;
}

function targetWhere(e: Emitter, link: LinkProjection, m: string, r: string): string {
  if (!link.conditions.length) return '';
  const test = (c: LinkProjection['conditions'][number]) => {
    const on = `${c.on === 'link' ? r : m}.${ident(c.prop)}`;
    return c.values.length === 1 ? `${on} = ${e.param(c.values[0])}` : `${on} IN ${e.param(c.values)}`;
  };
  return ` WHERE ${link.conditions.map(test).join(' AND ')}`;
}

function linkExpression(e: Emitter, v: string, link: LinkProjection): string {
  // Outer parameters first, so a statement reads top-down ($p1 is the outer page, $p3 the inner one).
  const r = e.variable('r');
  const m = e.variable('n');
  const where = targetWhere(e, link, m, r);
  const cut = skipLimit(e, link.page);
  let total = '';
  if (link.total) {
    const cr = e.variable('r');
    const cm = e.variable('n');
    total = `total: COUNT { MATCH ${pattern(v, link, cr, cm)}${targetWhere(e, link, cm, cr)} }, `;
  }
  const item = `{${link.linkProps.length ? ` r: ${r} {${link.linkProps.map((p) => `.${ident(p)}`).join(', ')}},` : ''} n: ${projection(e, m, link.node)} }`;
  const items = `COLLECT { MATCH ${pattern(v, link, r, m)}${where} WITH ${r}, ${m} ORDER BY ${orderBy(m, link.order, link.page.reverse)} ${cut} RETURN ${item} }`;
  return `{ ${total}items: ${items} }`;
}

function refExpression(e: Emitter, v: string, ref: RefProjection): string {
  const m = e.variable('n');
  return `COLLECT { MATCH (${m}:${ident(ref.target)} {id: ${v}.${ident(ref.prop)}}) RETURN ${projection(e, m, ref.node)} }`;
}

function guarded(v: string, owner: string, polymorphic: boolean, expression: string): string {
  return polymorphic ? `CASE WHEN ${v}:${ident(owner)} THEN ${expression} END` : expression;
}

/** `v { .id, .kind, .prop, l_Kind_key: ..., r_Kind_key: ... }` */
export function projection(e: Emitter, v: string, node: NodeProjection): string {
  const parts = ['.id', '.kind', ...node.props.filter((p) => p !== 'id' && p !== 'kind').map((p) => `.${ident(p)}`)];
  for (const link of node.links) parts.push(`${ident(linkKey(link))}: ${guarded(v, link.ownerKind, node.polymorphic, linkExpression(e, v, link))}`);
  for (const ref of node.refs) parts.push(`${ident(refKey(ref))}: ${guarded(v, ref.ownerKind, node.polymorphic, refExpression(e, v, ref))}`);
  return `${v} {${parts.join(', ')}}`;
}

/** The predicates of a list's filters, and the clauses that must run before the match. */
function listMatch(e: Emitter, kind: string, filters: readonly ListFilter[], v: string): { before: string; match: string } {
  const where: string[] = [];
  const before: string[] = [];
  let match = `MATCH (${v}:${ident(kind)})`;
  // The property that names an item's plan (a plan's own id).
  const planProp = kind === 'Plan' ? 'id' : 'planId';
  for (const f of filters) {
    switch (f.op) {
      case 'in':
        where.push(`${v}.${ident(f.prop)} IN ${e.param(f.values)}`);
        break;
      case 'dateRange':
        if (f.from) where.push(`${v}.${ident(f.prop)} >= date(${e.param(f.from)})`);
        if (f.to) where.push(`${v}.${ident(f.prop)} <= date(${e.param(f.to)})`);
        break;
      case 'text':
        where.push(`${v}.searchText CONTAINS ${e.param(f.value.toLowerCase())}`);
        break;
      case 'plan':
        where.push(`${v}.${planProp} IN ${e.param(f.ids)}`);
        break;
      case 'publisher': {
        // The publishers' plans first (an index seek), then the items of those plans.
        const plans = e.variable('plans');
        before.push(`CALL () { MATCH (o:Organisation)-[:PUBLISHES]->(p:Plan) WHERE o.id IN ${e.param(f.ids)} RETURN collect(p.id) AS ${plans} }`);
        where.push(`${v}.${planProp} IN ${plans}`);
        break;
      }
      case 'linked': {
        const x = e.variable('x');
        const arrow = f.direction === 'OUT' ? `-[:${ident(f.rel)}]->` : `<-[:${ident(f.rel)}]-`;
        where.push(`EXISTS { MATCH (${v})${arrow}(${x}:Entity) WHERE ${x}.id IN ${e.param(f.ids)} }`);
        break;
      }
      case 'theme': {
        // From the themes asked for to what they tag: a theme is a hub, but the pattern starts at it.
        const t = e.variable('t');
        match = `MATCH (${t}:Theme)<-[:HAS_THEME]-(${v}:${ident(kind)}) WHERE ${t}.id IN ${e.param(f.ids)} WITH DISTINCT ${v}`;
        break;
      }
    }
  }
  // Every node has a docKey: the predicate lets Neo4j read the kind from an index, never a scan.
  if (!where.length) where.push(`${v}.docKey IS NOT NULL`);
  // Some plans' items are few at any size of the graph, but the planner can not know how few
  // (the plans are a list computed in the statement) and may start from the text index
  // instead, whose matches grow with the graph (a common word, at 100x the seed graph: 15 ms
  // of Neo4j's time per page against 1 ms). So a plan or publisher filter starts from the plans.
  const byPlan = filters.some((f) => f.op === 'plan' || f.op === 'publisher') && !filters.some((f) => f.op === 'theme');
  const hint = byPlan ? ` USING INDEX ${v}:${ident(kind)}(${planProp})` : '';
  return { before: before.join('\n'), match: `${match}${hint} WHERE ${where.join(' AND ')}` };
}

export function compileRead(root: ReadRoot, name: string): CompiledRead {
  const e = new Emitter();
  const v = 'v';
  let text: string;
  switch (root.from) {
    case 'id': {
      const label = root.kind ? ident(root.kind) : 'Entity';
      text = `MATCH (${v}:${label} {id: ${e.param(root.id)}})\nRETURN ${projection(e, v, root.node)} AS result`;
      break;
    }
    case 'ids':
      text = `UNWIND ${e.param(root.ids)} AS id\nMATCH (${v}:${root.kind ? ident(root.kind) : 'Entity'} {id: id})\nRETURN ${projection(e, v, root.node)} AS result`;
      break;
    case 'list': {
      // The same pattern (and parameters) serves the page and the count: both run on one snapshot.
      const items = listMatch(e, root.kind, root.filters, v);
      const cut = skipLimit(e, root.page);
      const collect = `COLLECT { ${items.match} WITH ${v} ORDER BY ${orderBy(v, root.order, root.page.reverse)} ${cut} RETURN ${projection(e, v, root.node)} }`;
      const total = root.total ? `total: COUNT { ${items.match} }, ` : '';
      text = `${items.before ? `${items.before}\n` : ''}RETURN { ${total}items: ${collect} } AS result`;
      break;
    }
  }
  return { query: { name, text }, params: e.params };
}

/** The links of many nodes of one kind at once: the fallback for fields that were not compiled with their parent. */
export function compileLinksOf(kind: string, ids: readonly string[], node: NodeProjection, name: string): CompiledRead {
  const e = new Emitter();
  const text = `UNWIND ${e.param(ids)} AS id\nMATCH (v:${ident(kind)} {id: id})\nRETURN ${projection(e, 'v', node)} AS result`;
  return { query: { name, text }, params: e.params };
}

/** A value of a question's row as the slot asks for it; `expr` is where the value is. */
function slot(e: Emitter, expr: string, projection: SlotProjection): string {
  switch (projection.as) {
    case 'skip':
      return 'null';
    case 'value':
      return expr;
    case 'node': {
      const x = e.variable('x');
      return `[${x} IN [${expr}] WHERE ${x} IS NOT NULL | ${projectionOf(e, x, projection.node)}][0]`;
    }
    case 'nodes': {
      const x = e.variable('x');
      return `[${x} IN coalesce(${expr}, []) | ${projectionOf(e, x, projection.node)}]`;
    }
    case 'link':
    case 'links': {
      const l = e.variable('l');
      const props = projection.linkProps.length ? `, r: ${l} {${projection.linkProps.map((p) => `.${ident(p)}`).join(', ')}}` : '';
      const ends = projection.ends ? `, from: startNode(${l}).id, to: endNode(${l}).id` : '';
      const one = `{ type: type(${l})${ends}${props} }`;
      return projection.as === 'link' ? `[${l} IN [${expr}] WHERE ${l} IS NOT NULL | ${one}][0]` : `[${l} IN coalesce(${expr}, []) | ${one}]`;
    }
    case 'map':
      return `CASE WHEN ${expr} IS NULL THEN null ELSE ${fieldsOf(e, expr, projection.fields)} END`;
    case 'maps': {
      const m = e.variable('m');
      return `[${m} IN coalesce(${expr}, []) | ${fieldsOf(e, m, projection.fields)}]`;
    }
  }
}

function fieldsOf(e: Emitter, base: string, fields: Readonly<Record<string, SlotProjection>>): string {
  const parts = Object.entries(fields).map(([name, projection]) => `${ident(name)}: ${slot(e, `${base}.${ident(name)}`, projection)}`);
  return `{ ${parts.join(', ')} }`;
}

// projection() names its variable; slots project values of expressions through one.
const projectionOf = (e: Emitter, v: string, node: NodeProjection) => projection(e, v, node);

/** Ids a question was given that must name nodes of a kind: reported as missing in the same statement. */
export interface IdCheck {
  readonly param: string;
  readonly kind: string;
}

/**
 * A question: its named Cypher file (which returns the answers' rows, unordered, with nodes
 * and relationships as values), then the order and page, then the projection of what the
 * client selected. The file says what answers; this reads only what is asked of the answers.
 * One statement, one row: the ids given that name nothing, the number of answers, the page.
 * The file gets `$selectedColumns`, the columns the client asked for: a column that costs work
 * of its own can skip it when not asked (`CASE WHEN 'x' IN $selectedColumns THEN ... END`).
 */
export function compileQuestion(file: CypherQuery, fileParams: Record<string, unknown>, rows: RowsProjection, checks: readonly IdCheck[] = []): CompiledRead {
  const e = new Emitter();
  const columns = Object.keys(rows.columns);
  const selectedColumns = columns.filter((c) => rows.columns[c]!.as !== 'skip');
  if ('selectedColumns' in fileParams) throw new Error(`${file.name} is given a parameter the projection sets: selectedColumns`);
  const clauses: string[] = [];
  const missing = checks.map((check, i) => {
    if (!(check.param in fileParams)) throw new Error(`${file.name} checks a parameter it is not given: ${check.param}`);
    clauses.push(`CALL () { UNWIND coalesce($${ident(check.param)}, []) AS id OPTIONAL MATCH (c:${ident(check.kind)} {id: id}) WITH id, c WHERE c IS NULL RETURN collect(id) AS missing${i} }`);
    return `missing${i}`;
  });
  // Collected without a grouping key, so an empty answer is still one row.
  clauses.push(`CALL () {\nCALL () {\n${file.text}\n}\n${rows.order ? `WITH * ORDER BY ${rows.order}\n` : ''}RETURN collect({${selectedColumns.map((c) => `${ident(c)}: ${ident(c)}`).join(', ')}}) AS rows\n}`);
  const page = rows.page;
  const start = !page ? '0' : page.reverse ? `size(rows) - ${e.param(page.limit)}` : e.param(page.offset);
  const end = page && !page.reverse ? e.param(page.offset + page.limit + 1) : '';
  const projected = `{ ${columns.map((c) => `${ident(c)}: ${slot(e, `row.${ident(c)}`, rows.columns[c]!)}`).join(', ')} }`;
  const text = `${clauses.join('\n')}\nRETURN [${missing.join(', ')}] AS missing, size(rows) AS total, [row IN rows[${start}..${end}] | ${projected}] AS rows`;
  for (const name of Object.keys(e.params)) if (name in fileParams) throw new Error(`parameter ${name} of ${file.name} collides with the projection's`);
  return { query: { name: file.name, text }, params: { ...fileParams, ...e.params, selectedColumns } };
}
