import 'reflect-metadata';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { changes } from '../../repository/curationRepository.js';
import type { GraphQLContext } from '../context.js';
import { ConnectionArgs, nodeConnection, PageInfo } from '../common/connection.js';
import { finishSlice, pageRequest, sliceOf } from '../read/paging.js';
import { Node } from '../common/node.js';
import { nodeById } from '../common/resolve.js';
import { DateTime } from '../common/scalars.js';
import { Organisation } from '../organisation/organisation.type.js';

@ObjectType({ description: 'One property a change touched, with its value before and after (as JSON).' })
export class PropertyChange {
  @Field(() => String) property!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ implements: Node, description: 'An entry of the audit trail: who changed what, when, and how.' })
export class ChangeRecord extends Node {
  /** Tells the Node interface which type this is (change records have no NodeKind). */
  readonly kind = 'ChangeRecord';
  @Field(() => DateTime) at!: string;
  @Field(() => String) actor!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { description: 'CREATE, UPDATE, DELETE, LINK, UNLINK, IMPORT, or ACCEPT and REJECT of a suggestion.' }) operation!: string;
  @Field(() => ID) nodeId!: string;
  @Field(() => String, { nullable: true }) nodeKind!: string | null;
  @Field(() => ID, { nullable: true, description: 'The other end, for LINK and UNLINK.' }) otherId!: string | null;
  @Field(() => String, { nullable: true }) relationship!: string | null;
  @Field(() => String) summary!: string;
  organisationId!: string | null;
  before!: string | null;
  after!: string | null;
}

@ObjectType({ description: 'An entry of the audit trail with its cursor.' })
export class ChangeRecordEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ChangeRecord) node!: ChangeRecord;
}

@ObjectType({ description: 'A page of the audit trail (a Relay connection).' })
export class ChangeRecordConnection {
  @Field(() => [ChangeRecordEdge]) edges!: ChangeRecordEdge[];
  @Field(() => [ChangeRecord], { description: 'The records of `edges`, for clients that need no cursors.' }) nodes!: ChangeRecord[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@Resolver(() => ChangeRecord)
export class AuditResolver {
  @Query(() => ChangeRecordConnection, { description: 'The audit trail, newest first: of one node, of one organisation\'s items, or all.' })
  async changes(
    @Arg('node', () => ID, { nullable: true }) node: string | null,
    @Arg('organisation', () => ID, { nullable: true }) organisation: string | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangeRecordConnection> {
    const request = pageRequest(args);
    const { total, rows } = await changes(ctx.db, { nodeId: node ?? null, organisationId: organisation ?? null }, sliceOf(request));
    const records = rows.map((r) => Object.assign(new ChangeRecord(), { role: null, nodeKind: null, otherId: null, relationship: null, before: null, after: null, organisationId: null, ...r }));
    return nodeConnection(finishSlice(request, records, total), total);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The node, unless it was deleted since.' })
  node(@Root() c: ChangeRecord, @Ctx() ctx: GraphQLContext) {
    return nodeById(ctx, c.nodeId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation whose item it is.' })
  organisation(@Root() c: ChangeRecord, @Ctx() ctx: GraphQLContext) {
    return nodeById<Organisation>(ctx, c.organisationId);
  }

  @FieldResolver(() => [Organisation], { description: "Every organisation the change touches: the node's, and the other end's for a link." })
  async organisations(@Root() c: ChangeRecord & { organisationIds?: string[] | null }, @Ctx() ctx: GraphQLContext) {
    const ids = c.organisationIds ?? (c.organisationId ? [c.organisationId] : []);
    return (await Promise.all(ids.map((id) => nodeById<Organisation>(ctx, id)))).filter((o) => o !== null);
  }

  @FieldResolver(() => [PropertyChange], { description: 'The properties changed, with before and after values.' })
  properties(@Root() c: ChangeRecord): PropertyChange[] {
    const before = c.before ? (JSON.parse(c.before) as Record<string, unknown>) : {};
    const after = c.after ? (JSON.parse(c.after) as Record<string, unknown>) : {};
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].sort().map((property) => Object.assign(new PropertyChange(), {
      property,
      before: property in before ? JSON.stringify(before[property]) : null,
      after: property in after ? JSON.stringify(after[property]) : null,
    }));
  }
}
