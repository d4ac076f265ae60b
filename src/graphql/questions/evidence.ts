import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, Field, FieldResolver, Info, ObjectType, Resolver, Root } from 'type-graphql';
import type { PathLink } from '../../repository/questionRepository.js';
import type { GraphQLContext } from '../context.js';
import { AlignmentRelation, Basis } from '../common/enums.js';
import { Node } from '../common/node.js';
import { Provenance, provenanceOf } from '../common/provenance.js';
import { ALL_KINDS } from '../read/fieldIndex.js';

@ObjectType({ description: 'One link of an answer, with why it is there: its basis and provenance or rationale.' })
export class Evidence {
  @Field(() => String, { description: 'Relationship type, e.g. IN_DOMAIN, ANSWERS, INVOLVES.' }) relationship!: string;
  @Field(() => Basis) basis!: Basis;
  @Field(() => Provenance, { nullable: true }) provenance!: Provenance | null;
  @Field(() => String, { nullable: true }) rationale!: string | null;
  @Field(() => String, { nullable: true }) wording!: string | null;
  @Field(() => AlignmentRelation, { nullable: true }) relation!: AlignmentRelation | null;
  @Field(() => String, { nullable: true, description: 'The part the end plays, normalised (INVOLVES: OWNER, PARTNER, BENEFICIARY ...; MEMBER_OF: CHAIR, MEMBER ...; IN_PLACE: VENUE ...).' }) role!: string | null;
  @Field(() => String, { nullable: true, description: 'The part as the document words it.' }) roleText!: string | null;
  fromId!: string;
  toId!: string;
}

export function evidence(link: PathLink): Evidence {
  return Object.assign(new Evidence(), {
    relationship: link.type,
    basis: (link.link.basis as Basis) ?? Basis.STATED,
    provenance: provenanceOf(link.link, link.link.origin),
    rationale: (link.link.rationale as string | undefined) ?? null,
    wording: (link.link.as as string | undefined) ?? null,
    relation: (link.link.relation as AlignmentRelation | undefined) ?? null,
    role: (link.link.role as string | undefined) ?? null,
    roleText: (link.link.roleText as string | undefined) ?? null,
    fromId: link.from,
    toId: link.to,
  });
}

/** A link as a question's projection reads it (see src/graphql/read/rows.ts). */
export function evidenceOfLink(link: { type: string; from?: string; to?: string; r?: Readonly<Record<string, unknown>> }): Evidence {
  // The ends are read only when `from` or `to` is selected (see graphql/read/rows.ts).
  return evidence({ type: link.type, from: link.from ?? '', to: link.to ?? '', link: link.r ?? {} });
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Node, { description: 'Start node of the link.' })
  from(@Root() e: Evidence, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return ctx.reader.node(e.fromId, ALL_KINDS, info);
  }

  @FieldResolver(() => Node, { description: 'End node of the link.' })
  to(@Root() e: Evidence, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return ctx.reader.node(e.toId, ALL_KINDS, info);
  }
}
