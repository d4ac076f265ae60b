import 'reflect-metadata';
import path from 'node:path';
import { Arg, Args, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { requireWriter } from '../../domain/actor.js';
import { badInput } from '../../domain/errors.js';
import { importUpload } from '../../domain/imports.js';
import { decideProposal, linkNodes, unlinkNodes } from '../../domain/links.js';
import { createNode, deleteNode, updateNode } from '../../domain/nodes.js';
import { checkUpload, UploadCheckError } from '../../import/upload/checkUpload.js';
import { proposals } from '../../repository/curationRepository.js';
import { scheduleRecompute } from '../../suggestions/schedule.js';
import type { GraphQLContext } from '../context.js';
import { Basis, NodeKind } from '../common/enums.js';
import { ConnectionArgs, PageInfo } from '../common/connection.js';
import { finishSlice, pageRequest, sliceOf } from '../read/paging.js';
import { hydrate, Node, type Entity } from '../common/node.js';
import { nodeById } from '../common/resolve.js';
import { entityType } from '../entity/entityTypes.js';
import { DecisionInput, DeleteResult, LinkInput, LinkResult, LinkStatus, LinkType, mutationInputs, UnlinkInput, UnlinkResult } from './inputs.js';
import { KINDS, type KindSpec } from './kinds.js';
import { actorOf, write, writeContext } from './writes.js';

const Plan = entityType(NodeKind.PLAN);
type Plan = Entity;

/**
 * The mutations. Every mutation field is its own transaction, and fields of one operation run
 * one after another: each field's result says exactly what it committed, and a refused field
 * answers null with its error (at its path) while the fields before it stay done.
 */

/** `create<Kind>` and `update<Kind>` for one kind of node, from its spec. */
function kindResolver(spec: KindSpec): ClassType {
  const { Create, Patch } = mutationInputs(spec);
  const type = entityType(spec.kind);

  @Resolver()
  class KindMutations {
    @Mutation(() => type, {
      name: `create${spec.kind}`,
      nullable: true,
      description: `Creates a node of kind ${spec.kind}. ${spec.analystsOnly ? 'Analysts only.' : "Analysts anywhere; partners in their own organisation's plans."} Null, with the error, when refused.`,
    })
    async create(@Arg('input', () => Create) input: object, @Ctx() ctx: GraphQLContext) {
      return afterItemWrite(ctx, spec.kind, hydrate(await write(() => createNode(writeContext(ctx), spec.kind, input as Record<string, unknown>))));
    }

    @Mutation(() => type, {
      name: `update${spec.kind}`,
      nullable: true,
      description: `Changes fields of a node of kind ${spec.kind}; refused with CONFLICT when it is no longer at \`version\`, NOT_FOUND when it is gone.`,
    })
    async update(
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
      @Arg('patch', () => Patch) patch: object,
      @Ctx() ctx: GraphQLContext,
    ) {
      return afterItemWrite(ctx, spec.kind, hydrate(await write(() => updateNode(writeContext(ctx), spec.kind, id, version, patch as Record<string, unknown>))));
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
  @Field(() => [ID], { description: 'Shared nodes (organisations, systems) the file describes differently from the graph, left as they are: only analysts change shared nodes.' }) keptShared!: string[];
  @Field(() => Boolean) pruned!: boolean;
  @Field(() => String) summary!: string;
}

@ObjectType({ description: 'A link waiting for a decision: a partner proposed it, or PlanGraph suggests it.' })
export class Proposal {
  @Field(() => Node, { nullable: true }) from!: Node | null;
  @Field(() => Node, { nullable: true }) to!: Node | null;
  @Field(() => LinkType, { description: 'The link it becomes when accepted.' }) relationship!: LinkType;
  @Field(() => Basis) basis!: Basis;
  @Field(() => String, { nullable: true }) rationale!: string | null;
  @Field(() => String, { nullable: true }) relation!: string | null;
  @Field(() => String, { nullable: true }) proposedBy!: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation that proposed it (none for suggestions).' }) proposedByOrganisation!: string | null;
  @Field(() => String, { nullable: true }) proposedAt!: string | null;
  @Field(() => [ID], { description: 'Who may accept it besides analysts: the organisations of its ends that did not propose it.' }) decidedBy!: string[];
}

@ObjectType()
export class ProposalConnection {
  @Field(() => [Proposal]) nodes!: Proposal[];
  @Field(() => [String]) cursors!: string[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@Resolver()
export class CurationResolver {
  @Mutation(() => DeleteResult, {
    nullable: true,
    description: 'Deletes a node at `version`. Refused with CONFLICT, naming them, when other items depend on it, unless cascade deletes those too (a partner only within its own organisation); NOT_FOUND when it is gone.',
  })
  async deleteNode(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('cascade', () => Boolean, { defaultValue: false }) cascade: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeleteResult> {
    const deleted = await write(() => deleteNode(writeContext(ctx), id, version, cascade));
    for (const d of deleted) ctx.loaders.node.clear(d);
    afterItemWrite(ctx, NodeKind.PLAN, null);
    return Object.assign(new DeleteResult(), { deleted });
  }

  @Mutation(() => LinkResult, {
    nullable: true,
    description: "Links two nodes (or updates the link): STATED with a provenance, or CURATED with a rationale. A partner's alignment with another organisation's objective is a proposal (status PROPOSED) until that organisation or an analyst accepts it.",
  })
  async link(@Arg('input', () => LinkInput) input: LinkInput, @Ctx() ctx: GraphQLContext): Promise<LinkResult> {
    const result = await write(() => linkNodes(writeContext(ctx), input));
    return Object.assign(new LinkResult(), { from: input.from, to: input.to, relationship: input.relationship, ...result, status: result.status as LinkStatus });
  }

  @Mutation(() => UnlinkResult, { nullable: true, description: 'Removes the links of one type from one node to another.' })
  async unlink(@Arg('input', () => UnlinkInput) input: UnlinkInput, @Ctx() ctx: GraphQLContext): Promise<UnlinkResult> {
    return Object.assign(new UnlinkResult(), { removed: await write(() => unlinkNodes(writeContext(ctx), input)) });
  }

  @Mutation(() => LinkResult, { nullable: true, description: 'Accepts a proposed link (either direction): it becomes the link it proposes. Analysts, or the organisation that did not propose it.' })
  async acceptProposal(@Arg('input', () => DecisionInput) input: DecisionInput, @Ctx() ctx: GraphQLContext): Promise<LinkResult> {
    const result = await write(() => decideProposal(writeContext(ctx), input, true));
    return Object.assign(new LinkResult(), { from: input.from, to: input.to, relationship: input.relationship, basis: result.basis, wording: null, status: LinkStatus.LINKED });
  }

  @Mutation(() => LinkResult, { nullable: true, description: 'Rejects (or, for its proposer, withdraws) a proposed link; it is removed.' })
  async rejectProposal(@Arg('input', () => DecisionInput) input: DecisionInput, @Ctx() ctx: GraphQLContext): Promise<LinkResult> {
    const result = await write(() => decideProposal(writeContext(ctx), input, false));
    return Object.assign(new LinkResult(), { from: input.from, to: input.to, relationship: input.relationship, basis: result.basis, wording: null, status: LinkStatus.REJECTED });
  }

  @Query(() => ProposalConnection, { description: 'Proposed links waiting for a decision, oldest first: all, or those touching one organisation\'s items.' })
  async proposals(
    @Arg('organisation', () => ID, { nullable: true }) organisation: string | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProposalConnection> {
    const request = pageRequest(args);
    const { total, rows } = await proposals(ctx.db, { organisationId: organisation ?? null }, sliceOf(request));
    const paged = finishSlice(request, rows, total);
    const nodes = await Promise.all(paged.items.map(async ({ item: r }) => {
      const p = r.proposal;
      const proposer = (p.proposedByOrganisation as string | null) ?? null;
      return Object.assign(new Proposal(), {
        from: await nodeById(ctx, r.from),
        to: await nodeById(ctx, r.to),
        relationship: p.relationship,
        basis: p.basis ?? Basis.CURATED,
        rationale: p.rationale ?? null,
        relation: p.relation ?? null,
        proposedBy: p.proposedBy ?? null,
        proposedByOrganisation: proposer,
        proposedAt: p.proposedAt ?? null,
        decidedBy: [...new Set([r.fromOwner, r.toOwner].filter((o): o is string => !!o && o !== proposer))],
      });
    }));
    return Object.assign(new ProposalConnection(), { nodes, cursors: paged.items.map((i) => i.cursor), pageInfo: Object.assign(new PageInfo(), paged.pageInfo), totalCount: total });
  }

  @Mutation(() => PlanImportReport, {
    nullable: true,
    description: 'Imports a whole plan file (YAML, as in data/plans), checked against the file itself and the graph (organisations, themes and systems made through the API included), in one transaction. Nothing is written when the file has a problem; every problem is listed in extensions.issues.',
  })
  async importPlan(
    @Arg('file', () => String, { description: 'The YAML text of the plan file.' }) file: string,
    @Arg('prune', () => Boolean, { defaultValue: false, description: 'Also delete what the graph has of this plan and the file no longer has.' }) prune: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanImportReport> {
    const actor = actorOf(ctx);
    const report = await write(async () => {
      requireWriter(actor);
      if (Buffer.byteLength(file, 'utf8') > ctx.config.http.bodyLimitMb * 1024 * 1024) throw badInput('file', `is larger than ${ctx.config.http.bodyLimitMb} MB`);
      const sourcesDir = path.join(ctx.config.data.dir, 'sources');
      try {
        return await importUpload(ctx.db, actor, (world) => checkUpload(file, world, { sourcesDir }), prune);
      } catch (err) {
        if (err instanceof UploadCheckError) throw badInput('file', `could not be checked: ${err.message}`);
        throw err;
      }
    });
    const planId = report.origin;
    afterItemWrite(ctx, NodeKind.PLAN, null);
    ctx.loaders.node.clear(planId);
    return Object.assign(new PlanImportReport(), {
      plan: await nodeById<Plan>(ctx, planId),
      nodes: report.nodes,
      links: report.relationships,
      staleNodes: report.stale.nodes,
      staleLinks: report.stale.relationships,
      keptShared: report.kept,
      pruned: report.pruned,
      summary: `${report.nodes.created} nodes created, ${report.nodes.updated} updated, ${report.nodes.unchanged} unchanged${report.kept.length ? `; ${report.kept.length} shared nodes left as they are` : ''}`,
    });
  }
}

/** A change to a plan's objectives or actions changes what the suggested alignments compare. */
function afterItemWrite<T>(ctx: GraphQLContext, kind: string, result: T): T {
  if (ctx.config.suggestions.recompute !== 'after-writes') return result;
  if (kind === NodeKind.OBJECTIVE || kind === NodeKind.ACTION || kind === NodeKind.PLAN) void scheduleRecompute(ctx.processDb, ctx.logger);
  return result;
}
