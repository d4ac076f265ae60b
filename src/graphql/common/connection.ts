import 'reflect-metadata';
import { ArgsType, Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { LinkRow } from '../../repository/rows.js';
import { AlignmentRelation, Basis } from './enums.js';
import type { Entity } from './node.js';
import { Provenance, provenanceOf } from './provenance.js';
import { DEFAULT_PAGE, MAX_PAGE, type Paged } from '../read/paging.js';

/**
 * The types of Relay cursor connections: arguments, page info, edges with a link's evidence,
 * and the connection types of every kind and answer. Paging itself (cursors, windows) is in
 * src/graphql/read/paging.ts.
 */
export { DEFAULT_PAGE, MAX_PAGE };

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `At most this many from the start (max ${MAX_PAGE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor: start after this edge.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `At most this many from the end (max ${MAX_PAGE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor: end before this edge.' })
  before?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionShape<N, E> {
  edges: E[];
  nodes: N[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Evidence of one link: its basis and where it is stated or why it was curated. */
@InterfaceType({ description: 'The evidence of a link: why it is in the graph.' })
export abstract class LinkEvidence {
  @Field(() => Basis) basis!: Basis;
  @Field(() => Provenance, { nullable: true, description: 'Where the document states the link (STATED).' }) provenance!: Provenance | null;
  @Field(() => String, { nullable: true, description: "The analyst's reason (CURATED)." }) rationale!: string | null;
  @Field(() => String, { nullable: true, description: 'How the document words the other end here, e.g. the name it uses for an organisation.' }) wording!: string | null;
  @Field(() => AlignmentRelation, { nullable: true, description: 'For alignments between objectives.' }) relation!: AlignmentRelation | null;
  @Field(() => String, { description: 'The relationship type in the graph (IMPLEMENTS, INVOLVES, ...).' }) relationship!: string;
  @Field(() => String, { nullable: true, description: 'The part the other end plays, normalised (INVOLVES: OWNER, PARTNER, BENEFICIARY ...; MEMBER_OF: CHAIR, MEMBER ...).' }) role!: string | null;
  @Field(() => String, { nullable: true, description: "The part as the document words it." }) roleText!: string | null;
}

export function evidenceOf<E extends LinkEvidence>(edge: E, row: Pick<LinkRow, 'type' | 'link'>): E {
  edge.basis = (row.link.basis as Basis) ?? Basis.STATED;
  edge.provenance = provenanceOf(row.link, row.link.origin);
  edge.rationale = (row.link.rationale as string | undefined) ?? null;
  edge.wording = (row.link.as as string | undefined) ?? null;
  edge.relation = (row.link.relation as AlignmentRelation | undefined) ?? null;
  edge.relationship = row.type;
  edge.role = (row.link.role as string | undefined) ?? null;
  edge.roleText = (row.link.roleText as string | undefined) ?? null;
  return edge;
}

export interface ConnectionClasses<N extends Entity> {
  /** Plain list of nodes (top-level queries). */
  Connection: ClassType<ConnectionShape<N, { cursor: string; node: N }>>;
  /** Nodes reached over links, each edge with the link's evidence (relationship fields). */
  LinkConnection: ClassType<ConnectionShape<N, LinkEvidence & { cursor: string; node: N }>>;
}

/** Declares `<Name>Connection`, `<Name>Edge`, `<Name>LinkConnection` and `<Name>LinkEdge`. */
export function connectionTypes<N extends Entity>(nodeType: ClassType<N>, name: string): ConnectionClasses<N> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: N;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' }) nodes!: N[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All matches, not only this page.' }) totalCount!: number;
  }

  @ObjectType(`${name}LinkEdge`, { implements: LinkEvidence })
  class LinkEdge extends LinkEvidence {
    @Field(() => String) cursor!: string;
    @Field(() => nodeType) node!: N;
  }

  @ObjectType(`${name}LinkConnection`)
  class LinkConnection {
    @Field(() => [LinkEdge]) edges!: LinkEdge[];
    @Field(() => [nodeType]) nodes!: N[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }

  return { Connection, LinkConnection } as unknown as ConnectionClasses<N>;
}

/**
 * A connection whose edges are made when `edges` is read: the cursors and the evidence of
 * every link cost work that a client selecting only `nodes` (most do) never sees. A class, so
 * that every connection has one shape and the getter lives on the prototype.
 */
class LazyConnection<T, N, E> implements ConnectionShape<N, E> {
  readonly nodes: N[];
  readonly pageInfo: PageInfo;
  readonly totalCount: number;
  private made: E[] | undefined;

  constructor(private readonly paged: Paged<T>, nodeOf: (item: T) => N, private readonly edgeOf: (item: { readonly item: T; readonly cursor: string }) => E, total: number | null) {
    this.nodes = paged.items.map((i) => nodeOf(i.item));
    this.pageInfo = Object.assign(new PageInfo(), paged.pageInfo);
    this.totalCount = total ?? 0;
  }

  get edges(): E[] {
    return (this.made ??= this.paged.items.map(this.edgeOf));
  }
}

/** A finished page of nodes (a top-level list, a question's answers) as a connection. */
export function nodeConnection<N>(paged: Paged<N>, total: number | null): ConnectionShape<N, { cursor: string; node: N }> {
  return new LazyConnection(paged, (item: N) => item, (i) => ({ cursor: i.cursor, node: i.item }), total);
}

/** A finished page of links (a relationship field) as a connection with evidence on every edge. */
export function linkConnection<N extends Entity>(paged: Paged<{ link: Readonly<Record<string, unknown>>; node: N }>, total: number | null, rel: string): ConnectionShape<N, LinkEvidence & { cursor: string; node: N }> {
  return new LazyConnection(
    paged,
    (item: { link: Readonly<Record<string, unknown>>; node: N }) => item.node,
    (i) => evidenceOf(Object.assign(Object.create(null) as LinkEvidence & { cursor: string; node: N }, { cursor: i.cursor, node: i.item.node }), { type: rel, link: i.item.link }),
    total,
  );
}

/** `<Name>Connection` and `<Name>Edge` for a page of a question's answers. */
export function answerConnectionType<T extends object>(answerType: ClassType<T>, name: string): ClassType<ConnectionShape<T, { cursor: string; node: T }>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => answerType) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [answerType], { description: 'The answers of `edges`, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All answers, not only this page.' }) totalCount!: number;
  }
  return Connection as unknown as ClassType<ConnectionShape<T, { cursor: string; node: T }>>;
}
