import 'reflect-metadata';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AlignmentRelation, Basis } from '../common/enums.js';
import { LocalDate } from '../common/scalars.js';
import { LINKABLE, type FieldSpec, type KindSpec } from './kinds.js';

@InputType({ description: 'Where a document states it: a source file of data/sources, its lines and the verbatim words.' })
export class ProvenanceInput {
  @Field(() => String, { description: 'File name in data/sources, e.g. 003_5d5e86352ad1e70b.txt.' }) source!: string;
  @Field(() => String, { description: 'A line ("615") or a range ("615-620").' }) lines!: string;
  @Field(() => String, { description: 'The words, as they stand in those lines (whitespace and hyphens may differ).' }) quote!: string;
}

/** The relationships the API can make and remove (the structural ones come with creation): the model's linkable types. */
export const LinkType: Readonly<Record<string, string>> = Object.fromEntries(Object.keys(LINKABLE).map((type) => [type, type]));
export type LinkType = string;
registerEnumType(LinkType, {
  name: 'LinkType',
  valuesConfig: Object.fromEntries(Object.entries(LINKABLE).map(([type, ends]) => [type, { description: `${ends.from.join(' | ')} → ${ends.to.join(' | ')}` }])),
});

@InputType()
export class LinkInput {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => LinkType) relationship!: LinkType;
  @Field(() => Basis, { description: 'STATED needs a provenance; CURATED needs a rationale.' }) basis!: Basis;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
  @Field(() => String, { nullable: true }) rationale?: string | null;
  @Field(() => String, { nullable: true, description: 'How the document names the other end (for the relationships that carry a wording: INVOLVES, MENTIONS, MEMBER_OF, OPERATES, USES ...).' }) wording?: string | null;
  @Field(() => AlignmentRelation, { nullable: true, description: 'For ALIGNED_WITH.' }) relation?: AlignmentRelation | null;
}

@InputType()
export class UnlinkInput {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => LinkType) relationship!: LinkType;
  @Field(() => String, { nullable: true, description: 'Only the link with this wording (when there are several).' }) wording?: string | null;
}

@InputType({ description: 'A proposed link to accept or reject (either direction).' })
export class DecisionInput {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => LinkType) relationship!: LinkType;
}

export enum LinkStatus {
  LINKED = 'LINKED',
  PROPOSED = 'PROPOSED',
  REJECTED = 'REJECTED',
}
registerEnumType(LinkStatus, {
  name: 'LinkStatus',
  valuesConfig: {
    LINKED: { description: 'The link is in the graph.' },
    PROPOSED: { description: 'The link waits for the other organisation or an analyst to accept it (see proposals).' },
    REJECTED: { description: 'The proposal was rejected and removed.' },
  },
});

@ObjectType()
export class LinkResult {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => LinkType) relationship!: LinkType;
  @Field(() => Basis) basis!: Basis;
  @Field(() => String, { nullable: true }) wording!: string | null;
  @Field(() => LinkStatus) status!: LinkStatus;
}

@ObjectType()
export class UnlinkResult {
  @Field(() => Int, { description: 'How many links were removed.' }) removed!: number;
}

@ObjectType()
export class DeleteResult {
  @Field(() => [ID], { description: 'Every node deleted: the node, and with cascade what depended on it.' }) deleted!: string[];
}

function graphqlType(field: FieldSpec): () => unknown {
  switch (field.type) {
    case 'int':
      return () => Int;
    case 'float':
      return () => Float;
    case 'date':
      return () => LocalDate;
    case 'enum':
      return () => field.enumType;
    default:
      return () => String;
  }
}

type Ctor = new () => object;

/** Declares `Create<Kind>Input` and `<Kind>Patch` for a kind, from its spec. */
export function mutationInputs(spec: KindSpec): { Create: Ctor; Patch: Ctor } {
  class Create {}
  class Patch {}
  const field = (target: Ctor, name: string, type: () => unknown, nullable: boolean, description?: string) =>
    Field(type as never, { nullable, description })(target.prototype, name);

  if (spec.scope === 'plan') field(Create, 'plan', () => ID, false, 'The plan the item belongs to.');
  field(Create, 'key', () => String, spec.scope === 'plan', spec.scope === 'plan'
    ? 'Id within the plan (the node id becomes <plan>/<key>); generated when left out.'
    : `The stable id${spec.idPrefix ? ` (the node id becomes ${spec.idPrefix}<key>)` : ''}: letters, digits, dots, dashes.`);
  for (const f of spec.fields) {
    field(Create, f.name, graphqlType(f), !f.required, f.description);
    field(Patch, f.name, graphqlType(f), true, f.description);
  }
  for (const r of spec.refs) field(Create, r.name, () => ID, !r.required, r.description);
  field(Create, 'basis', () => Basis, false, 'STATED (the document says it: give provenance) or CURATED (give a rationale).');
  field(Create, 'provenance', () => ProvenanceInput, true);
  field(Create, 'rationale', () => String, true);
  field(Patch, 'provenance', () => ProvenanceInput, true, 'New provenance (STATED nodes only).');
  field(Patch, 'rationale', () => String, true, 'New rationale (CURATED nodes only).');
  InputType(`Create${spec.kind}Input`)(Create);
  InputType(`${spec.kind}Patch`, { description: 'Fields to change; a field given as null is cleared.' })(Patch);
  return { Create, Patch };
}
