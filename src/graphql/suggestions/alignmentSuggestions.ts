import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { SEP } from '../../suggestions/recompute.js';
import type { GraphQLContext } from '../context.js';
import { answerConnectionType, ConnectionArgs } from '../common/connection.js';
import { AlignmentRelation, Basis, NodeKind } from '../common/enums.js';
import { Entity, Node } from '../common/node.js';
import { checkId } from '../entity/rootFields.js';
import { badInput } from '../errors.js';
import { answerConnection } from '../read/answers.js';
import { ALL_KINDS } from '../read/fieldIndex.js';
import { Evidence } from '../questions/evidence.js';

export enum SuggestionStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  ALIGNED = 'ALIGNED',
}
registerEnumType(SuggestionStatus, {
  name: 'SuggestionStatus',
  valuesConfig: {
    PROPOSED: { description: 'Waiting for someone to accept or reject it.' },
    ACCEPTED: { description: 'Someone accepted it: it is now a CURATED ALIGNED_WITH link.' },
    REJECTED: { description: 'Someone rejected it: it is not proposed again.' },
    ALIGNED: { description: 'A curated alignment already links the two (shown with includeAligned).' },
  },
});

export enum SuggestionReasonKind {
  TEXT = 'TEXT',
  SHARED_PARTNER = 'SHARED_PARTNER',
  PARTNER_OF_OTHER = 'PARTNER_OF_OTHER',
  SHARED_SYSTEM = 'SHARED_SYSTEM',
  SHARED_STAKEHOLDERS = 'SHARED_STAKEHOLDERS',
  SHARED_THEME = 'SHARED_THEME',
  THREAT_ANSWERED = 'THREAT_ANSWERED',
  TIMING = 'TIMING',
  UNDER = 'UNDER',
}
registerEnumType(SuggestionReasonKind, {
  name: 'SuggestionReasonKind',
  valuesConfig: {
    TEXT: { description: 'The Dutch texts share terms (Lucene BM25 weights of the Dutch analyzer); `terms` lists the heaviest.' },
    SHARED_PARTNER: { description: 'Both (or what falls under them) involve the same institution (a unit counts for its body).' },
    PARTNER_OF_OTHER: { description: "One involves the other's organisation." },
    SHARED_SYSTEM: { description: 'Both concern the same IT system.' },
    SHARED_STAKEHOLDERS: { description: 'Both involve stakeholder groups of the same audience.' },
    SHARED_THEME: { description: 'Both are tagged with the same theme.' },
    THREAT_ANSWERED: { description: "One answers its organisation's threat or weakness, on a theme the other pursues." },
    TIMING: { description: 'Deadlines within three months, or overlapping periods.' },
    UNDER: { description: 'What falls under one end (an action of an objective) matches the other.' },
  },
});

@ObjectType({ description: 'One piece of evidence for a suggestion: in words, and as the nodes and links of the graph that say so.' })
export class SuggestionReason {
  @Field(() => SuggestionReasonKind) kind!: SuggestionReasonKind;
  @Field(() => String) text!: string;
  @Field(() => Float, { description: "What it weighs in the score, before the score's factors for an objective paired with an action and for how close the two organisations' fields are overall." }) weight!: number;
  @Field(() => [String], { description: 'The matching words (TEXT, UNDER).' }) terms!: string[];
  @Field(() => [Node], { description: 'The nodes it rests on: the shared partner, system, theme, stakeholder groups, threat ...' }) nodes!: Entity[];
  @Field(() => [Evidence], { description: 'The links of the graph that say so, with their basis and provenance.' }) evidence!: Evidence[];
}

@ObjectType({ description: 'Who decided on a suggestion, and why.' })
export class SuggestionDecision {
  @Field(() => SuggestionStatus) status!: SuggestionStatus;
  @Field(() => String, { nullable: true }) by!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true }) at!: string | null;
  @Field(() => String, { nullable: true, description: 'The rationale (accepted) or reason (rejected) given.' }) reason!: string | null;
}

@ObjectType({ description: 'An alignment PlanGraph suggests between objectives or actions of two organisations: computed, never stated or curated.' })
export class AlignmentSuggestion {
  @Field(() => ID, { description: 'One per pair of items; pass it to acceptSuggestion or rejectSuggestion.' }) id!: string;
  @Field(() => Entity, { description: 'An objective or action; for DEPENDS_ON and CONTRIBUTES_TO, the one that depends or contributes.' }) from!: Entity;
  @Field(() => Entity, { description: 'An objective or action of another organisation.' }) to!: Entity;
  @Field(() => Float) score!: number;
  @Field(() => AlignmentRelation) relation!: AlignmentRelation;
  @Field(() => SuggestionStatus) status!: SuggestionStatus;
  @Field(() => Basis, { description: 'Always SUGGESTED.' }) basis!: Basis;
  @Field(() => Int, { description: 'Changes when a recomputation finds other evidence; accept and reject name the version they read.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'When it was computed.' }) computedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'How it was computed.' }) method!: string | null;
  @Field(() => [String], { description: 'What it was computed from: both items with their versions, and their plans.' }) inputs!: string[];
  @Field(() => [SuggestionReason], { description: 'Every piece of evidence, heaviest first.' }) reasons!: SuggestionReason[];
  @Field(() => SuggestionDecision, { nullable: true }) decision!: SuggestionDecision | null;
}

const AlignmentSuggestionConnection = answerConnectionType(AlignmentSuggestion, 'AlignmentSuggestion');
const ITEMS = [NodeKind.OBJECTIVE, NodeKind.ACTION];

@Resolver()
export class AlignmentSuggestionsResolver {
  @Query(() => AlignmentSuggestionConnection, {
    description:
      'Question 10. Alignments PlanGraph suggests between objectives and actions of different organisations, best first, with the evidence: for one item, one organisation, or the whole graph. Curated alignments are never evidence; a pair they already link is ALIGNED and shown only with includeAligned.',
  })
  alignmentSuggestions(
    @Arg('organisation', () => ID, { nullable: true, description: 'Suggestions touching this organisation’s items.' }) organisation: string | null,
    @Arg('item', () => ID, { nullable: true, description: 'Suggestions for this objective or action.' }) item: string | null,
    @Arg('includeAligned', () => Boolean, { defaultValue: false, description: 'Also pairs a curated alignment already links (status ALIGNED).' }) includeAligned: boolean,
    @Arg('statuses', () => [SuggestionStatus], { nullable: true, description: 'Which to list; PROPOSED (and ALIGNED with includeAligned) when left out.' }) statuses: SuggestionStatus[] | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (organisation != null && item != null) throw badInput('item', 'give item or organisation, not both');
    const wanted = statuses?.length ? [...new Set(statuses)] : [SuggestionStatus.PROPOSED, ...(includeAligned ? [SuggestionStatus.ALIGNED] : [])];
    if (includeAligned && !wanted.includes(SuggestionStatus.ALIGNED)) wanted.push(SuggestionStatus.ALIGNED);
    return answerConnection(ctx, info, {
      file: 'questions/alignment-suggestions',
      params: {
        itemId: item == null ? null : checkId(item, 'item'),
        itemIds: item == null ? null : [item],
        organisationId: organisation == null ? null : checkId(organisation, 'organisation'),
        organisationIds: organisation == null ? null : [organisation],
        statuses: wanted,
        sep: SEP,
      },
      checks: [
        { param: 'itemIds', kind: 'Entity', argument: 'item' },
        { param: 'organisationIds', kind: NodeKind.ORGANISATION, argument: 'organisation' },
      ],
      answerType: 'AlignmentSuggestion',
      row: {
        id: 'value', from: { node: ITEMS }, to: { node: ITEMS }, score: 'value', relation: 'value', status: 'value', basis: 'value',
        version: 'value', computedAt: 'value', method: 'value', inputs: 'value', decision: 'value',
        reasons: { maps: 'SuggestionReason', fields: { kind: 'value', text: 'value', weight: 'value', terms: 'value', nodes: { nodes: ALL_KINDS }, evidence: 'links' } },
      },
      order: 'score DESC, id',
    }, page);
  }
}
