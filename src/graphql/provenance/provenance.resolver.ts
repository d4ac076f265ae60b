import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { NodeKind } from '../common/enums.js';
import { Provenance } from '../common/provenance.js';
import { entityType } from '../entity/entityTypes.js';

@Resolver(() => Provenance)
export class ProvenanceResolver {
  @FieldResolver(() => entityType(NodeKind.PLAN), { nullable: true, description: 'The plan whose document this is.' })
  plan(@Root() p: Provenance, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return ctx.reader.node(p.planId, [NodeKind.PLAN], info);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The cited lines of the source document, exactly as extracted from the PDF.' })
  excerpt(@Root() p: Provenance, @Ctx() ctx: GraphQLContext) {
    if (!ctx.sources.exists(p.source)) return null;
    return ctx.sources.excerpt(p.source, p.lines);
  }
}
