import { createHash } from 'node:crypto';
import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { GraphRepository, type GraphNodeRow } from '../../repository/graphRepository.js';
import type { PathLink } from '../../repository/questionRepository.js';
import type { EntityRow } from '../../repository/rows.js';
import type { GraphQLContext } from '../context.js';
import { findKind } from '../../model/kinds.js';
import { Basis, NodeKind } from '../common/enums.js';
import { hydrate, Node, type Entity } from '../common/node.js';
import { nodeById } from '../common/resolve.js';
import { Organisation } from '../organisation/organisation.type.js';
import { Evidence, evidence } from './evidence.js';

/**
 * Graph views: what a picture needs of a node or a link, shared by neighbourhood, connection,
 * search and hub paging. A view has an id of its own, scoped to the question that produced it
 * (its distance depends on the centre), so that normalising caches (Relay, Apollo) never mix a
 * view up with the node it shows; `nodeId` is the node's global id.
 */
@ObjectType({ description: 'A node as a picture draws it: short label, code, organisation, kind and subtype, degree. `id` is the view\'s own id (scoped to the question); `nodeId` is the node\'s.' })
export class GraphNodeView {
  @Field(() => ID, { description: 'Id of this view (not of the node): stable for the same question and arguments.' }) id!: string;
  @Field(() => ID, { description: 'Global id of the node shown; edges refer to it in source and target.' }) nodeId!: string;
  @Field(() => NodeKind) kind!: NodeKind;
  @Field(() => String, { nullable: true, description: 'The kind within the kind: SWOT type, objective level, action, organisation, plan, risk, fact, finding, place or reference kind, PESTEL or stakeholder category, what a figure measures.' }) subtype!: string | null;
  @Field(() => String, { description: 'Code and title, name, or text (at most 80 characters).' }) label!: string;
  @Field(() => String, { description: 'A few characters for a small node: acronym, normalised code (T5 for threat 5, SD1) or the start of the title.' }) shortLabel!: string;
  @Field(() => String, { nullable: true, description: 'English label, where the data has one (themes).' }) labelEn!: string | null;
  @Field(() => String, { nullable: true, description: 'The code as the document prints it.' }) code!: string | null;
  @Field(() => String, { description: 'The full title, name or text.' }) title!: string;
  @Field(() => ID, { nullable: true, description: 'The organisation it belongs to: the publisher of its plan, or itself.' }) organisationId!: string | null;
  @Field(() => Int, { description: 'Links of the node in the whole graph (not only in this view).' }) degree!: number;
  @Field(() => Int, { nullable: true, description: 'Hops from the centre (neighbourhood), position in the path (connection); null for search hits.' }) distance!: number | null;
  @Field(() => Basis) basis!: Basis;
  @Field(() => Node, { description: 'The node itself, for any of its fields.' }) node!: Entity;
}

@ObjectType({ description: 'A stored property of a node, its value as JSON.' })
export class NodeProperty {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The value as JSON (strings quoted, lists as arrays, dates as ISO text).' }) value!: string;
}

/** Properties no reader needs on a node page: bookkeeping, and what other fields already say. */
const NOT_SHOWN = new Set(['contentHash', 'aliasText', 'curatedAliases', 'kind', 'id']);

function jsonValue(value: unknown): string {
  // Neo4j temporal values print as ISO text.
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toString(): string }).toString === 'function' && 'year' in value) return JSON.stringify(String(value));
  return JSON.stringify(value);
}

@ObjectType({ description: 'A link as a picture draws it; parallel links of one type between the same two nodes are one edge with their count as weight.' })
export class GraphEdgeView {
  @Field(() => ID, { description: 'Stable id of the edge: relationship and ends.' }) id!: string;
  @Field(() => ID, { description: 'nodeId of the start node.' }) source!: string;
  @Field(() => ID, { description: 'nodeId of the end node.' }) target!: string;
  @Field(() => String) relationship!: string;
  @Field(() => Basis, { description: 'STATED when any of its links is stated, else CURATED, else SUGGESTED.' }) basis!: Basis;
  @Field(() => Int, { description: 'How many links of the graph this edge stands for.' }) weight!: number;
  @Field(() => Evidence, { description: 'The first of its links.' }) evidence!: Evidence;
  @Field(() => [Evidence], { description: 'Every link it stands for.' }) evidences!: Evidence[];
}

@ObjectType({ description: 'What a graph view left out: the neighbours of one node over one relationship, of one kind, that did not fit.' })
export class GraphOmission {
  @Field(() => ID, { description: 'nodeId of the node they hang off.' }) via!: string;
  @Field(() => String) relationship!: string;
  @Field(() => String, { description: 'OUT when the link points from `via` to them, IN otherwise.' }) direction!: string;
  @Field(() => NodeKind) kind!: NodeKind;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A count per kind of node.' })
export class KindCount {
  @Field(() => NodeKind) kind!: NodeKind;
  @Field(() => Int) count!: number;
}

@Resolver(() => GraphNodeView)
export class GraphNodeViewResolver {
  @FieldResolver(() => [NodeProperty], { description: 'Every stored property of the node, by name, for a generic page.' })
  properties(@Root() v: GraphNodeView): NodeProperty[] {
    return Object.entries(v.node.row).filter(([name, value]) => !NOT_SHOWN.has(name) && value != null).sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => Object.assign(new NodeProperty(), { name, value: jsonValue(value) }));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation it belongs to.' })
  organisation(@Root() v: GraphNodeView, @Ctx() ctx: GraphQLContext) {
    return nodeById<Organisation>(ctx, v.organisationId);
  }
}

/** A short, stable scope for view ids: a digest of the question and its arguments. */
export function viewScope(question: string, args: unknown): string {
  return createHash('sha1').update(`${question}:${JSON.stringify(args)}`).digest('base64url').slice(0, 12);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function mainText(row: EntityRow): string {
  return String(row.title ?? row.name ?? row.label ?? row.text ?? row.description ?? row.id);
}

/** Shared nodes' codes are their keys (theme/training, place/antwerpen): no label shows them. */
const isShared = (row: EntityRow) => findKind(row.kind)?.scope === 'shared';

export function labelOf(row: EntityRow): string {
  const short = clip(mainText(row), 80);
  return row.code && !isShared(row) ? `${String(row.code)} ${short}` : short;
}

const SWOT_LETTER: Record<string, string> = { STRENGTH: 'S', WEAKNESS: 'W', OPPORTUNITY: 'O', THREAT: 'T' };

export function shortLabelOf(row: EntityRow): string {
  switch (row.kind) {
    case NodeKind.ORGANISATION: return String(row.acronym ?? clip(String(row.name ?? row.id), 24));
    case NodeKind.SWOT_ITEM: {
      if (row.normalizedCode) return String(row.normalizedCode);
      const code = String(row.code ?? '');
      // Plans that number 1..n per quadrant print "5"; give it its quadrant's letter.
      return /^\d/.test(code) ? `${SWOT_LETTER[String(row.type)] ?? ''}${code}` : code || clip(mainText(row), 24);
    }
    case NodeKind.THEME: return String(row.name ?? row.code ?? row.id);
    case NodeKind.SYSTEM: return String(row.acronym ?? row.code ?? row.name ?? row.id);
    case NodeKind.PLACE:
    case NodeKind.AUDIENCE: return String(row.name ?? row.code ?? row.id);
    case NodeKind.REFERENCE: return row.code && !String(row.id).endsWith(`/${String(row.code)}`) ? String(row.code) : clip(mainText(row), 24);
    default: return row.normalizedCode ? String(row.normalizedCode) : row.code ? String(row.code) : clip(mainText(row), 24);
  }
}

const SUBTYPE: Record<string, string> = {
  [NodeKind.SWOT_ITEM]: 'type', [NodeKind.OBJECTIVE]: 'level', [NodeKind.ACTION]: 'actionKind', [NodeKind.ORGANISATION]: 'organisationKind',
  [NodeKind.PLAN]: 'planKind', [NodeKind.PESTEL_FACTOR]: 'category', [NodeKind.STAKEHOLDER_GROUP]: 'category',
  [NodeKind.RISK]: 'riskKind', [NodeKind.FACT]: 'factKind', [NodeKind.FINDING]: 'findingKind', [NodeKind.PLACE]: 'placeKind',
  [NodeKind.REFERENCE]: 'referenceKind', [NodeKind.FIGURE]: 'measure',
};

export function subtypeOf(row: EntityRow): string | null {
  const property = SUBTYPE[row.kind];
  const value = property ? row[property] : undefined;
  return typeof value === 'string' ? value : null;
}

/** Views of the nodes, in the order of the rows. */
export function nodeViews(rows: readonly GraphNodeRow[], scope: string, distance: (id: string) => number | null): GraphNodeView[] {
  return rows.map(({ node, degree, organisationId }) => Object.assign(new GraphNodeView(), {
    id: `GraphNodeView:${scope}:${node.id}`,
    nodeId: node.id,
    kind: node.kind as NodeKind,
    subtype: subtypeOf(node),
    label: labelOf(node),
    shortLabel: shortLabelOf(node),
    labelEn: (node.labelEn as string | undefined) ?? null,
    code: node.code == null ? null : String(node.code),
    title: mainText(node),
    organisationId,
    degree,
    distance: distance(node.id),
    basis: (node.basis as Basis | undefined) ?? Basis.STATED,
    node: hydrate(node),
  }));
}

const BASIS_STRENGTH = [Basis.STATED, Basis.CURATED, Basis.SUGGESTED];

/** Edges of a view: parallel links of one type between the same ends become one weighted edge. */
export function edgeViews(links: readonly PathLink[]): GraphEdgeView[] {
  const byKey = new Map<string, PathLink[]>();
  for (const l of links) {
    const key = `${l.type}:${l.from}->${l.to}`;
    byKey.set(key, [...(byKey.get(key) ?? []), l]);
  }
  return [...byKey].map(([key, group]) => {
    const evidences = group.map(evidence);
    const basis = BASIS_STRENGTH.find((b) => evidences.some((e) => e.basis === b)) ?? Basis.STATED;
    return Object.assign(new GraphEdgeView(), {
      id: key,
      source: group[0]!.from,
      target: group[0]!.to,
      relationship: group[0]!.type,
      basis,
      weight: group.length,
      evidence: evidences[0]!,
      evidences,
    });
  });
}

/** The repository of graph views, over the request's database. */
export function graphRepository(ctx: GraphQLContext): GraphRepository {
  return new GraphRepository(ctx.db);
}

export async function viewsOf(ctx: GraphQLContext, ids: readonly string[], scope: string, distance: (id: string) => number | null = () => null): Promise<GraphNodeView[]> {
  return nodeViews(await graphRepository(ctx).nodes(ids), scope, distance);
}
