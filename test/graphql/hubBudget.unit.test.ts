import { describe, expect, it } from 'vitest';
import { budgetStep, type StepCandidate } from '../../src/graphql/questions/hubBudget.js';

const step = (via: string, relationship: string, kind: string, id: string, position = 0, direction: 'OUT' | 'IN' = 'OUT'): StepCandidate => ({ via, relationship, direction, id, kind, planId: via, position });

describe('hub-aware truncation of a graph view', () => {
  const actions = Array.from({ length: 145 }, (_, i) => step('plan', 'PLANS', 'Action', `plan/A${i + 1}`, i + 1));
  const rows = [...actions, step('plan', 'PUBLISHES', 'Organisation', 'igo', 0, 'IN'), step('plan', 'MENTIONS', 'Organisation', 'ejtn', 0)];

  it('keeps the single publisher when a hub of actions does not fit', () => {
    const result = budgetStep(rows, 10);
    expect(result.kept).toContain('igo');
    expect(result.kept).toContain('ejtn');
    expect(result.kept).toHaveLength(10);
  });

  it('counts what it left out per node, relationship and kind', () => {
    const result = budgetStep(rows, 10);
    expect(result.omitted).toEqual([{ via: 'plan', relationship: 'PLANS', direction: 'OUT', kind: 'Action', count: 137 }]);
    expect(result.reached).toHaveLength(147);
  });

  it('takes the actions in document order', () => {
    expect(budgetStep(rows, 5).kept.filter((id) => id.startsWith('plan/'))).toEqual(['plan/A1', 'plan/A2', 'plan/A3']);
  });

  it('counts a node reached by several links once, in the group of its strongest link', () => {
    const result = budgetStep([step('p', 'MENTIONS', 'Organisation', 'x'), step('p', 'PUBLISHES', 'Organisation', 'x', 0, 'IN')], 0);
    expect(result.omitted).toEqual([{ via: 'p', relationship: 'PUBLISHES', direction: 'IN', kind: 'Organisation', count: 1 }]);
  });

  it('keeps everything and omits nothing when all fits', () => {
    const result = budgetStep(rows, 500);
    expect(result.kept).toHaveLength(147);
    expect(result.omitted).toEqual([]);
  });
});
