import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';
import { NodeKind } from '../common/enums.js';
import { MAX_TEXT } from '../common/filters.js';
import { hydrate, Node, type Entity } from '../common/node.js';
import { selectionContext } from '../read/reader.js';
import { selects } from '../read/selection.js';
import { requireIds, requireRange } from './arguments.js';
import { GraphNodeView, viewScope, viewsOf } from './graphView.js';

@ObjectType()
export class SearchHit {
  @Field(() => Float, { description: 'Lucene relevance score; higher is better.' }) score!: number;
  @Field(() => NodeKind) kind!: NodeKind;
  @Field(() => Node) node!: Entity;
  @Field(() => GraphNodeView, { description: 'The hit as a graph view: short label, code, organisation, subtype, degree.' }) view!: GraphNodeView;
}

/** Lucene's special characters, escaped so plain words never fail as a query. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/]|&&|\|\|/g;

export function escapeLucene(text: string): string {
  // AND, OR and NOT in capitals are operators to Lucene; as plain words they are just words.
  return text.replace(LUCENE_SPECIAL, (m) => m.split('').map((c) => `\\${c}`).join('')).replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

/** Plain words as a Lucene query: escaped, and with `~` (up to two edits) when typos are tolerated. */
export function plainQuery(text: string, fuzzy: boolean): string {
  if (!fuzzy) return escapeLucene(text);
  return text.split(/\s+/).filter(Boolean).map((w) => (w.length >= 4 ? `${escapeLucene(w)}~` : escapeLucene(w))).join(' ');
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Question 8. Full-text search over names, titles and texts (Dutch analyzer: "opleiding" finds "opleidingen"), best first.' })
  async search(
    @Arg('query', () => String) query: string,
    @Arg('kinds', () => [NodeKind], { nullable: true }) kinds: NodeKind[] | null,
    @Arg('organisations', () => [ID], { nullable: true, description: 'Only these organisations and the items of their plans.' }) organisations: string[] | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '1-100.' }) first: number,
    @Arg('syntax', () => Boolean, { defaultValue: false, description: 'Use Lucene query syntax (AND, OR, "phrases", wildcards*, fuzzy~) instead of plain words.' }) syntax: boolean,
    @Arg('fuzzy', () => Boolean, { defaultValue: false, description: 'Tolerate typos: each plain word also finds words up to two edits away ("cyberdreigng").' }) fuzzy: boolean,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    const text = query.trim();
    if (!text) throw badInput('query', 'must not be empty');
    if (text.length > MAX_TEXT) throw badInput('query', `must be at most ${MAX_TEXT} characters`);
    requireRange(first, 1, 100, 'first');
    const organisationIds = await requireIds(ctx, organisations, NodeKind.ORGANISATION, 'organisations');
    let rows;
    try {
      rows = await ctx.questions.search({ query: syntax ? text : plainQuery(text, fuzzy), kinds, organisationIds, skip: 0, limit: first });
    } catch (err) {
      if (syntax && /parse|lexical|syntax/i.test((err as Error).message)) throw badInput('query', 'is not valid Lucene query syntax');
      throw err;
    }
    // The graph views (labels, degrees) are a statement of their own: read only when selected.
    const views = selects(selectionContext(info), 'SearchHit', info.fieldNodes, 'view')
      ? new Map((await viewsOf(ctx, rows.map((r) => r.node.id), viewScope('search', null))).map((v) => [v.nodeId, v]))
      : null;
    return rows.flatMap((r) => {
      const view = views?.get(r.node.id);
      return views && !view ? [] : [Object.assign(new SearchHit(), { score: r.score, kind: r.node.kind, node: hydrate(r.node), view })];
    });
  }
}
