import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { LinkProjection } from '../../repository/read/readPlan.js';
import type { GraphQLContext } from '../context.js';
import { NodeKind } from '../common/enums.js';
import { EMPTY_PROJECTION } from '../../repository/read/readPlan.js';
import type { Entity } from '../common/node.js';
import { connectionsOf, entityType } from '../entity/entityTypes.js';
import { LINK_ORDER } from '../read/planner.js';
import type { RawLinks } from '../read/shape.js';

/** IT systems: the generated type (see the model table), plus how the documents describe them and what they say it does. */
export const System = entityType(NodeKind.SYSTEM);
export type System = Entity;
export const { Connection: SystemConnection, LinkConnection: SystemLinkConnection } = connectionsOf(NodeKind.SYSTEM);

/** The descriptions are on the DESCRIBES links: the first, in document order, is the summary. */
const DESCRIPTION: LinkProjection = {
  key: 'description', ownerKind: NodeKind.SYSTEM, rel: 'DESCRIBES', direction: 'IN', targets: [NodeKind.PLAN], conditions: [],
  many: true, order: LINK_ORDER, page: { offset: 0, limit: 20, reverse: false }, total: false, linkProps: ['description', 'functions'], node: EMPTY_PROJECTION,
};

@Resolver(() => System)
export class SystemFields {
  @FieldResolver(() => String, { nullable: true, description: 'How the first document that describes it does so (see describedBy for all).' })
  async description(@Root() s: Entity, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    const links = (await ctx.reader.linksWith(s, DESCRIPTION, info)) as RawLinks;
    return (links.items.find((l) => l.link.description)?.link.description as string | undefined) ?? null;
  }

  @FieldResolver(() => [String], { description: 'What it does, as the documents that describe it say (every document, in document order).' })
  async functions(@Root() s: Entity, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<string[]> {
    const links = (await ctx.reader.linksWith(s, DESCRIPTION, info)) as RawLinks;
    const out: string[] = [];
    for (const l of links.items) for (const f of (l.link.functions as string[] | undefined) ?? []) if (!out.includes(f)) out.push(f);
    return out;
  }
}
