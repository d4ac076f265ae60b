import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateCost } from '../../../src/graphql/limits/cost.js';
import { graphqlSchema } from '../../../src/graphql/schema.js';
import type { GraphStatistics } from '../../../src/repository/read/statistics.js';

/**
 * The cost model prices operations from the graph's shape (statistics are plain numbers here,
 * the way Neo4j reports them for a graph like the seed one). No database needed.
 */
let schema: Awaited<ReturnType<typeof graphqlSchema>>;
beforeAll(async () => {
  schema = await graphqlSchema();
});

const stats: GraphStatistics = {
  at: '2026-11-30T00:00:00Z',
  nodes: new Map([['Organisation', 140], ['Plan', 5], ['Objective', 120], ['Action', 400], ['Theme', 41], ['SwotItem', 60], ['RiskDomain', 12]]),
  degrees: new Map([
    ['Organisation.plans', { avg: 0.04, max: 1 }],
    ['Plan.objectives', { avg: 24, max: 60 }],
    ['Objective.actions', { avg: 3.3, max: 30 }],
    ['Action.partners', { avg: 0.8, max: 12 }],
    ['Organisation.involvedInActions', { avg: 2.2, max: 90 }],
    ['Theme.objectives', { avg: 25, max: 140 }],
  ]),
};

function cost(query: string, variables: Record<string, unknown> = {}, statistics: GraphStatistics | null = stats): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  return estimateCost(schema, operation, fragments, variables, statistics);
}

const nested = 'query($n: Int) { organisation(id: "igo") { plans(first: $n) { nodes { objectives(first: $n) { nodes { actions(first: $n) { nodes { partners(first: $n) { nodes { name } } } } } } } } } }';

describe('query cost', () => {
  it('counts objects, not scalar fields', () => {
    expect(cost('{ organisation(id: "igo") { id name acronym } }')).toBe(cost('{ organisation(id: "igo") { id } }'));
  });

  it('prices a page by its size, but no more than the graph holds', () => {
    expect(cost('{ themes(first: 100) { nodes { id } } }')).toBeLessThan(cost('{ actions(first: 100) { nodes { id } } }'));
    expect(cost('{ themes(first: 10) { nodes { id } } }')).toBeLessThan(cost('{ themes(first: 100) { nodes { id } } }'));
  });

  it('prices a realistic nested read with pages of 50 by the links nodes really have, far below the page sizes multiplied', () => {
    const realistic = cost(nested, { n: 50 });
    expect(realistic).toBeLessThan(50_000);
    expect(cost(nested, { n: 50 }, null)).toBeGreaterThan(50 ** 4);
  });

  it('prices a fan-out through hubs by their degrees, above the default limit', () => {
    const hubs = 'query($n: Int) { themes(first: $n) { nodes { objectives(first: $n) { nodes { actions(first: $n) { nodes { partners(first: $n) { nodes { involvedInActions(first: $n) { nodes { id } } } } } } } } } } }';
    expect(cost(hubs, { n: 100 })).toBeGreaterThan(50_000);
    expect(cost(hubs, { n: 2 })).toBeLessThan(1_000);
  });

  it('prices heavy questions by the work they do, so many of them add up', () => {
    const one = cost('{ neighbourhood(id: "ejtn", depth: 3, limit: 500) { nodes { id } } }');
    const twelve = cost(`{ ${Array.from({ length: 12 }, (_, i) => `n${i}: neighbourhood(id: "ejtn", depth: 3, limit: 500) { nodes { id } }`).join(' ')} }`);
    expect(one).toBeLessThan(50_000);
    expect(twelve).toBeGreaterThan(50_000);
  });

  it('follows fragments and variables', () => {
    const withFragment = 'query($n: Int) { objectives(first: $n) { ...page } } fragment page on ObjectiveConnection { nodes { actions(first: $n) { nodes { id } } } }';
    expect(cost(withFragment, { n: 10 })).toBe(cost('{ objectives(first: 10) { nodes { actions(first: 10) { nodes { id } } } } }'));
  });
});
