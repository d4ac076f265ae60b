import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, Float, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { MAX_TEXT } from '../common/filters.js';
import { badInput } from '../errors.js';
import { GraphNodeView, graphRepository, viewScope, viewsOf } from './graphView.js';
import { correctWords, matchNames, type NameMatch } from './nameMatch.js';
import { escapeLucene } from './search.js';

@ObjectType({ description: 'A node whose name matches what was typed, and how.' })
export class LookupMatch {
  @Field(() => String, { description: 'ID, ACRONYM, ALIAS, NAME, CODE, ABBREVIATION ("BiZa" for Binnenlandse Zaken), SIMILAR (a typo away) or PREFIX.' }) reason!: string;
  @Field(() => String, { description: 'The name that matched, as the graph has it.' }) matched!: string;
  @Field(() => Float, { description: '1 for an exact match, less for looser ones.' }) score!: number;
  @Field(() => GraphNodeView) view!: GraphNodeView;
}

@ObjectType({ description: 'What a typed name refers to: confident matches, and suggestions when there is none.' })
export class LookupResult {
  @Field(() => String) text!: string;
  @Field(() => [LookupMatch], { description: 'Ids, acronyms, aliases, names and abbreviations that match exactly.' }) matches!: LookupMatch[];
  @Field(() => [LookupMatch], { description: 'Near misses: did you mean one of these?' }) suggestions!: LookupMatch[];
  @Field(() => String, { nullable: true, description: 'When full-text search finds nothing for the words, the closest words it would find ("cyberdreigng" -> "cyberdreiging").' }) didYouMean!: string | null;
}

const CONFIDENT = 0.85;

async function toMatches(ctx: GraphQLContext, matches: readonly NameMatch[], scope: string): Promise<LookupMatch[]> {
  const views = new Map((await viewsOf(ctx, matches.map((m) => m.id), scope)).map((v) => [v.nodeId, v]));
  return matches.flatMap((m) => {
    const view = views.get(m.id);
    return view ? [Object.assign(new LookupMatch(), { reason: m.reason, matched: m.matched, score: m.score, view })] : [];
  });
}

/** The names nearest to the text, best first (exact id matches included). */
export async function nameMatches(ctx: GraphQLContext, text: string, limit = 10): Promise<NameMatch[]> {
  const { exact, named } = await graphRepository(ctx).named(text.trim());
  const byName = matchNames(text, named, limit);
  const exactMatches = exact.filter((id) => !byName.some((m) => m.id === id)).map((id): NameMatch => ({ id, kind: '', reason: 'ID', matched: id, score: 1 }));
  return [...exactMatches, ...byName].slice(0, limit);
}

/** Words of the full-text index closest to the query's, when the query itself finds nothing. */
async function correction(ctx: GraphQLContext, text: string): Promise<string | null> {
  const words = text.trim().split(/\s+/).filter((w) => w.length >= 4).slice(0, 6);
  if (words.length === 0) return null;
  const plain = await ctx.questions.search({ query: escapeLucene(text), kinds: null, organisationIds: null, skip: 0, limit: 1 });
  if (plain.length > 0) return null;
  const fuzzy = await ctx.questions.search({ query: words.map((w) => `${escapeLucene(w)}~`).join(' '), kinds: null, organisationIds: null, skip: 0, limit: 25 });
  const texts = fuzzy.flatMap((r) => [r.node.title, r.node.name, r.node.text, r.node.description, r.node.acronym].filter((t): t is string => typeof t === 'string'));
  return correctWords(text, texts);
}

/**
 * NOT_FOUND for an id that names no node, with the nearest names in `extensions.suggestions`
 * (`{ id, kind, label, reason }`), so that "IGO" answers "did you mean igo?".
 */
export async function notFoundWithSuggestions(ctx: GraphQLContext, what: string, id: string, argumentName?: string): Promise<GraphQLError> {
  const matches = await nameMatches(ctx, id.slice(0, MAX_TEXT), 5);
  const views = new Map((await viewsOf(ctx, matches.map((m) => m.id), 'suggestion')).map((v) => [v.nodeId, v]));
  const suggestions = matches.flatMap((m) => {
    const v = views.get(m.id);
    return v ? [{ id: v.nodeId, kind: v.kind, label: v.label, reason: m.reason }] : [];
  });
  const hint = suggestions.length ? `; did you mean ${suggestions.slice(0, 3).map((s) => `"${s.id}" (${s.label})`).join(' or ')}?` : '';
  return new GraphQLError(`${what} ${id} does not exist${hint}`, {
    extensions: { code: 'NOT_FOUND', id, suggestions, ...(argumentName ? { argumentName } : {}) },
  });
}

@Resolver()
export class LookupResolver {
  @Query(() => LookupResult, { description: 'What a typed name refers to: an id, an acronym ("IGO", "AJH"), an alias, a name, an abbreviation ("BiZa") or a near miss, with "did you mean" suggestions.' })
  async lookup(@Arg('text', () => String) text: string, @Ctx() ctx: GraphQLContext): Promise<LookupResult> {
    const trimmed = text.trim();
    if (!trimmed) throw badInput('text', 'must not be empty');
    if (trimmed.length > MAX_TEXT) throw badInput('text', `must be at most ${MAX_TEXT} characters`);
    const [matches, didYouMean] = await Promise.all([nameMatches(ctx, trimmed, 12), correction(ctx, trimmed)]);
    const scope = viewScope('lookup', trimmed);
    const confident = matches.filter((m) => m.score >= CONFIDENT);
    return Object.assign(new LookupResult(), {
      text: trimmed,
      matches: await toMatches(ctx, confident, scope),
      suggestions: await toMatches(ctx, matches.filter((m) => m.score < CONFIDENT).slice(0, 8), scope),
      didYouMean,
    });
  }
}
