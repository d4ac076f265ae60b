import DataLoader from 'dataloader';
import type { GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import type { LinkFieldDef } from '../../model/types.js';
import type { Database } from '../../neo4j/database.js';
import { compileLinksOf, compileRead, type CompiledRead } from '../../repository/read/compile.js';
import { linkKey, type LinkProjection, type NodeProjection, type ReadRoot } from '../../repository/read/readPlan.js';
import type { Entity } from '../common/node.js';
import { planLink, planNode } from './planner.js';
import type { SelectionContext } from './selection.js';
import { shapeNode, type RawLinks } from './shape.js';

/**
 * The read path of one request. Root fields compile their whole selection into one statement
 * (cached per operation document and variables, so a repeated query is not translated again).
 * Whatever a parent did not read with it (fields below a question's answer, a provenance's
 * plan, a resolver's own look-up) goes through batching loaders that compile the selection
 * below the field for all parents at once: one statement per field and level, never per parent.
 */
type Reads = Pick<Database, 'read'>;

const CACHE_PER_OPERATION = 64;
const compiledCache = new WeakMap<OperationDefinitionNode, Map<string, { readonly compiled: CompiledRead }>>();

export function selectionContext(info: GraphQLResolveInfo): SelectionContext {
  return { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
}

function pathOf(info: GraphQLResolveInfo): string {
  const keys: (string | number)[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) keys.push(p.key);
  return keys.reverse().join('.');
}

export class Reader {
  private readonly projections = new WeakMap<object, Map<string, NodeProjection | LinkProjection>>();
  private readonly nodeLoaders = new Map<string, DataLoader<string, Entity | null>>();
  private readonly linkLoaders = new Map<string, DataLoader<string, RawLinks | Entity | null>>();

  constructor(private readonly db: Reads) {}

  /**
   * Runs the statement a field compiles to. `build` plans and compiles it, and is only called
   * when this operation, at this path, with these variables, has not been compiled before.
   */
  async cached<P extends { readonly compiled: CompiledRead }>(info: GraphQLResolveInfo, build: () => P): Promise<{ plan: P; rows: Record<string, unknown>[] }> {
    const key = `${pathOf(info)}|${JSON.stringify(info.variableValues)}`;
    let perOperation = compiledCache.get(info.operation);
    let plan = perOperation?.get(key) as P | undefined;
    if (!plan) {
      plan = build();
      if (!perOperation) compiledCache.set(info.operation, (perOperation = new Map()));
      if (perOperation.size >= CACHE_PER_OPERATION) perOperation.clear();
      perOperation.set(key, plan);
    }
    const rows = await this.db.read(plan.compiled.query, plan.compiled.params);
    return { plan, rows };
  }

  /** Runs a root field's read plan (see `cached`). */
  async root<R extends ReadRoot>(info: GraphQLResolveInfo, build: () => R): Promise<{ root: R; rows: Record<string, unknown>[] }> {
    const { plan, rows } = await this.cached(info, () => {
      const root = build();
      return { root, compiled: compileRead(root, `read/${info.fieldName}`) };
    });
    return { root: plan.root, rows };
  }

  private memo<T extends NodeProjection | LinkProjection>(fieldNode: object, key: string, make: () => T): T {
    let byKey = this.projections.get(fieldNode);
    if (!byKey) this.projections.set(fieldNode, (byKey = new Map()));
    let value = byKey.get(key) as T | undefined;
    if (!value) byKey.set(key, (value = make()));
    return value;
  }

  /** A node by id, with what is selected below the field; batched with every sibling asking the same. */
  node<N extends Entity>(id: string | null | undefined, kinds: readonly string[], info: GraphQLResolveInfo): Promise<N | null> {
    if (!id) return Promise.resolve(null);
    const projection = this.memo(info.fieldNodes[0]!, `node:${kinds.join(',')}`, () => planNode(selectionContext(info), kinds, info.fieldNodes));
    const kind = kinds.length === 1 ? kinds[0]! : null;
    const shape = `${kind ?? '*'}|${JSON.stringify(projection)}`;
    let loader = this.nodeLoaders.get(shape);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const compiled = compileRead({ from: 'ids', kind, ids, node: projection }, `read/nodes-${info.fieldName}`);
        const rows = await this.db.read(compiled.query, compiled.params);
        const byId = new Map(rows.map((r) => [String((r.result as { id: string }).id), shapeNode<Entity>(r.result as Record<string, unknown>, projection)]));
        return ids.map((i) => byId.get(i) ?? null);
      });
      this.nodeLoaders.set(shape, loader);
    }
    return loader.load(id) as Promise<N | null>;
  }

  /** A relationship field of a parent that was read without it; batched across parents. */
  links(parent: Entity, link: LinkFieldDef, info: GraphQLResolveInfo): Promise<RawLinks | Entity | null> {
    const projection = this.memo(info.fieldNodes[0]!, `link:${parent.kind}`, () => planLink(selectionContext(info), parent.kind, link, info.path.key as string, info.fieldNodes));
    return this.linksWith(parent, projection, info);
  }

  /** Links of a parent as a given projection says (for resolvers that read links of their own). */
  linksWith(parent: Entity, projection: LinkProjection, info: GraphQLResolveInfo): Promise<RawLinks | Entity | null> {
    const shape = `${parent.kind}|${JSON.stringify(projection)}`;
    let loader = this.linkLoaders.get(shape);
    if (!loader) {
      const node: NodeProjection = { props: [], links: [projection], refs: [], polymorphic: false };
      loader = new DataLoader(async (ids) => {
        const compiled = compileLinksOf(parent.kind, ids, node, `read/links-${parent.kind}-${info.fieldName}`);
        const rows = await this.db.read(compiled.query, compiled.params);
        const byId = new Map(rows.map((r) => {
          const raw = r.result as Record<string, unknown>;
          return [String(raw.id), raw] as const;
        }));
        return ids.map((i) => {
          const raw = byId.get(i);
          if (!raw) return null;
          const value = raw[linkKey(projection)] as { total?: number | null; items: { r?: Record<string, unknown>; n: Record<string, unknown> }[] };
          const items = value.items.map((item) => ({ link: item.r ?? {}, node: shapeNode<Entity>(item.n, projection.node) }));
          return projection.many ? { total: value.total ?? null, items } : (items[0]?.node ?? null);
        });
      });
      this.linkLoaders.set(shape, loader);
    }
    return loader.load(parent.id);
  }
}
