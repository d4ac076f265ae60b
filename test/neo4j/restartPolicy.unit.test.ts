import { describe, expect, it } from 'vitest';
import { RestartPolicy } from '../../src/neo4j/embedded/supervisor.js';

describe('restarts of a crashed embedded Neo4j', () => {
  it('waits twice as long after each restart in a row, up to a ceiling', () => {
    const policy = new RestartPolicy(10, 600_000, 500, 4_000);
    expect([0, 1, 2, 3, 4].map((i) => policy.next(i))).toEqual([500, 1_000, 2_000, 4_000, 4_000]);
  });

  it('starts small again after a restart that held', () => {
    const policy = new RestartPolicy(10, 600_000, 500);
    policy.next(0);
    policy.next(1);
    policy.succeeded();
    expect(policy.next(2)).toBe(500);
  });

  it('gives up past its budget within the window, and allows restarts again once the window has passed', () => {
    const policy = new RestartPolicy(2, 1_000);
    expect(policy.next(0)).toBeDefined();
    expect(policy.next(10)).toBeDefined();
    expect(policy.next(20)).toBeUndefined();
    expect(policy.next(1_500)).toBeDefined();
  });

  it('with a budget of 0 gives up at the first crash (an outer supervisor restarts the service)', () => {
    expect(new RestartPolicy(0).next(0)).toBeUndefined();
  });
});
