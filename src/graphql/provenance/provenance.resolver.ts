import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { Provenance } from '../common/provenance.js';
import { nodeById } from '../common/resolve.js';
import { Plan } from '../plan/plan.type.js';

@Resolver(() => Provenance)
export class ProvenanceResolver {
  @FieldResolver(() => Plan, { nullable: true, description: 'The plan whose document this is.' })
  plan(@Root() p: Provenance, @Ctx() ctx: GraphQLContext) {
    return nodeById<Plan>(ctx, p.planId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The cited lines of the source document, exactly as extracted from the PDF.' })
  excerpt(@Root() p: Provenance, @Ctx() ctx: GraphQLContext) {
    if (!ctx.sources.exists(p.source)) return null;
    return ctx.sources.excerpt(p.source, p.lines);
  }
}
