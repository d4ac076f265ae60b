import { GraphQLError, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hydrate, type Entity } from '../../../src/graphql/common/node.js';
import type { GraphQLContext } from '../../../src/graphql/context.js';
import { PREFETCHED, type Prefetched } from '../../../src/graphql/read/shape.js';
import { graphqlSchema } from '../../../src/graphql/schema.js';

/** An organisation as a compiled read hands it over: its `plans` page already read with it. */
function organisationWithPlans(planIds: string[]): Entity {
  const organisation = hydrate<Entity>({ id: 'org', kind: 'Organisation', name: 'Org' });
  const items = planIds.map((id) => ({ link: {}, node: hydrate<Entity>({ id, kind: 'Plan', title: id }) }));
  (organisation as unknown as Record<symbol, Prefetched>)[PREFETCHED] = new Map([['plans', { total: planIds.length, items }]]);
  return organisation;
}

async function plansField() {
  const type = (await graphqlSchema()).getType('Organisation');
  if (!isObjectType(type)) throw new Error('no Organisation type');
  return type.getFields().plans!;
}

describe('relationship fields', () => {
  it('answer at once, without a promise, when the parent was read with them, paged by their own arguments', async () => {
    const field = await plansField();
    const info = { path: { key: 'plans', prev: undefined, typename: 'Organisation' } } as unknown as GraphQLResolveInfo;
    const answer = field.resolve!(organisationWithPlans(['p1', 'p2', 'p3']), { first: 2 }, {} as GraphQLContext, info) as { nodes: Entity[]; totalCount: number };
    expect(answer).not.toBeInstanceOf(Promise);
    expect(answer.nodes.map((n) => n.id)).toEqual(['p1', 'p2']);
  });

  it('refuse a bad cursor of the field as bad input, naming the argument', async () => {
    const field = await plansField();
    const info = { path: { key: 'plans', prev: undefined, typename: 'Organisation' } } as unknown as GraphQLResolveInfo;
    let error: unknown;
    try {
      field.resolve!(organisationWithPlans(['p1']), { after: 'not-a-cursor' }, {} as GraphQLContext, info);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    expect((error as GraphQLError).message).toMatch(/plans\.after/);
  });
});
