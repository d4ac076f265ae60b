import 'reflect-metadata';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { DataValidationError, formatIssue, parseDataText } from '../../import/dataset.js';
import { importPlan, ImportError } from '../../import/importer.js';
import { loadDataset } from '../../import/loadDataset.js';
import { PlanFile } from '../../import/planFile.js';
import type { GraphQLContext } from '../context.js';
import { badInput, forbidden } from '../errors.js';
import { NodeKind } from '../common/enums.js';
import type { Entity } from '../common/node.js';
import { linkedNode, nodeById } from '../common/resolve.js';
import { entityType } from '../entity/entityTypes.js';
import { NodeKind as Kinds } from '../common/enums.js';

const Plan = entityType(Kinds.PLAN);
type Plan = Entity;
const Organisation = entityType(Kinds.ORGANISATION);
type Organisation = Entity;
import { createNode, deleteNode, linkNodes, requireWriter, unlinkNodes, updateNode } from './curation.service.js';
import { DeleteResult, LinkInput, LinkResult, mutationInputs, UnlinkInput, UnlinkResult } from './inputs.js';
import { KINDS, type KindSpec } from './kinds.js';


/** `create<Kind>` and `update<Kind>` for one kind of node, from its spec. */
function kindResolver(spec: KindSpec): ClassType {
  const { Create, Patch } = mutationInputs(spec);
  const type = entityType(spec.kind);

  @Resolver()
  class KindMutations {
    @Mutation(() => type, {
      name: `create${spec.kind}`,
      description: `Creates a node of kind ${spec.kind}. ${spec.analystsOnly ? 'Analysts only.' : "Analysts anywhere; partners in their own organisation's plans."}`,
    })
    create(@Arg('input', () => Create) input: object, @Ctx() ctx: GraphQLContext) {
      return createNode(ctx, spec, input as Record<string, unknown>);
    }

    @Mutation(() => type, { name: `update${spec.kind}`, description: `Changes fields of a node of kind ${spec.kind}; refused with CONFLICT when it is no longer at \`version\`.` })
    update(
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
      @Arg('patch', () => Patch) patch: object,
      @Ctx() ctx: GraphQLContext,
    ) {
      return updateNode(ctx, spec, id, version, patch as Record<string, unknown>);
    }
  }
  Object.defineProperty(KindMutations, 'name', { value: `${spec.kind}Mutations` });
  return KindMutations;
}

export const KIND_RESOLVERS = KINDS.map(kindResolver);

@ObjectType()
export class ImportCounts {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType({ description: 'What an import of a plan file changed.' })
export class PlanImportReport {
  @Field(() => Plan, { nullable: true }) plan!: Plan | null;
  @Field(() => ImportCounts) nodes!: ImportCounts;
  @Field(() => ImportCounts) links!: ImportCounts;
  @Field(() => [ID], { description: 'Nodes of the plan the file no longer has (deleted when pruning).' }) staleNodes!: string[];
  @Field(() => Int, { description: 'Links the file no longer states (deleted when pruning).' }) staleLinks!: number;
  @Field(() => Boolean) pruned!: boolean;
  @Field(() => String) summary!: string;
}

@Resolver()
export class CurationResolver {
  @Mutation(() => DeleteResult, { description: 'Deletes a node at `version`. Refused with CONFLICT, naming them, when other items depend on it, unless cascade deletes those too.' })
  async deleteNode(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('cascade', () => Boolean, { defaultValue: false }) cascade: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeleteResult> {
    return Object.assign(new DeleteResult(), { deleted: await deleteNode(ctx, id, version, cascade) });
  }

  @Mutation(() => LinkResult, { description: 'Links two nodes (or updates the link): STATED with a provenance, or CURATED with a rationale.' })
  async link(@Arg('input', () => LinkInput) input: LinkInput, @Ctx() ctx: GraphQLContext): Promise<LinkResult> {
    const result = await linkNodes(ctx, input);
    return Object.assign(new LinkResult(), { from: input.from, to: input.to, relationship: input.relationship, ...result });
  }

  @Mutation(() => UnlinkResult, { description: 'Removes the links of one type between two nodes.' })
  async unlink(@Arg('input', () => UnlinkInput) input: UnlinkInput, @Ctx() ctx: GraphQLContext): Promise<UnlinkResult> {
    return Object.assign(new UnlinkResult(), { removed: await unlinkNodes(ctx, input) });
  }

  @Mutation(() => PlanImportReport, { description: 'Imports a whole plan file (YAML, as in data/plans): the same validation and single transaction as `plangraph import`. Nothing is written when the file has a problem; every problem is listed in extensions.issues.' })
  async importPlan(
    @Arg('file', () => String, { description: 'The YAML text of the plan file.' }) file: string,
    @Arg('prune', () => Boolean, { defaultValue: false, description: 'Also delete what the graph has of this plan and the file no longer has.' }) prune: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanImportReport> {
    requireWriter(ctx.identity);
    if (file.length > ctx.config.http.bodyLimitMb * 1024 * 1024) throw badInput('file', 'is too large');
    const probe: Parameters<typeof parseDataText>[3] = [];
    const parsed = parseDataText(file, 'plan file', PlanFile, probe);
    const planId = parsed?.data.plan.id;
    const name = planId ? `plans/${planId}.yaml` : 'plans/(uploaded).yaml';
    const { dataset, issues } = loadDataset(ctx.config.data.dir, [{ name, text: file }]);
    const own = issues.filter((i) => i.file === name || i.file === 'plan file');
    if (!dataset || !parsed || !planId) {
      const shown = own.length ? own : issues;
      throw badInput('file', `the plan file is not valid: ${shown.slice(0, 5).map(formatIssue).join('; ')}${shown.length > 5 ? ` (and ${shown.length - 5} more)` : ''}`, {
        issues: shown.map((i) => ({ file: i.file, path: i.path, line: i.line ?? null, message: i.message })),
      });
    }
    const publisher = parsed.data.plan.publisher;
    if (ctx.identity.role === 'partner') {
      if (publisher !== ctx.identity.organisation) throw forbidden(`This plan is published by ${publisher}; a partner of ${ctx.identity.organisation} can only import its own organisation's plans.`);
      const current = await linkedNode<Organisation>(ctx, planId, { type: 'PUBLISHES', direction: 'IN', kind: NodeKind.ORGANISATION });
      if (current && current.id !== ctx.identity.organisation) throw forbidden(`Plan ${planId} in the graph is published by ${current.id}.`);
    }
    const plan = dataset.plans.find((p) => p.file === name)!;
    try {
      const report = await importPlan(ctx.db, plan, dataset, { actor: ctx.identity.subject ?? 'api', prune });
      ctx.loaders.node.clear(planId);
      return Object.assign(new PlanImportReport(), {
        plan: await nodeById<Plan>(ctx, planId),
        nodes: report.nodes,
        links: report.relationships,
        staleNodes: report.stale.nodes,
        staleLinks: report.stale.relationships,
        pruned: report.pruned,
        summary: `${report.nodes.created} nodes created, ${report.nodes.updated} updated, ${report.nodes.unchanged} unchanged`,
      });
    } catch (err) {
      if (err instanceof ImportError || err instanceof DataValidationError) throw badInput('file', err.message);
      throw err;
    }
  }
}
