import { describe, expect, it } from 'vitest';
import { suggest, WEIGHTS, type ItemInput, type Suggestion } from '../../src/suggestions/score.js';

const item = (id: string, org: string, over: Partial<ItemInput> = {}): ItemInput => ({
  id, kind: 'Objective', organisation: org, orgRoot: org, organisationName: org.toUpperCase(), planId: `${org}-plan`, code: null, title: id,
  description: null, version: 1, level: 'STRATEGIC', deadline: null, deadlineText: null, periodFrom: null, periodTo: null,
  scope: [{ id, title: id, code: null, path: [] }], partners: [], systems: [], groups: [], themes: [], threats: [], ...over,
});
const system = (holder: string) => ({ id: 'sipar', name: 'SIPAR', via: holder, link: `${holder}>CONCERNS>sipar`, operators: [] });
const pair = (list: readonly Suggestion[], a: string, b: string) => list.find((s) => [s.from, s.to].sort().join() === [a, b].sort().join());
const all = { perItem: 10, minScore: 0 };

describe('the texts of two items, backed by the graph or alone', () => {
  it('count in full when the two items concern the same IT system, and at WEIGHTS.textAlone when they share no system or partner', () => {
    const words = new Map([['registratie', 2], ['dossier', 1]]);
    const items = [item('a/1', 'a', { systems: [system('a/1')] }), item('b/1', 'b', { systems: [system('b/1')] }), item('c/1', 'c')];
    const list = suggest(items, { weights: new Map(items.map((i) => [i.id, words])) }, new Map(), new Set(), all);
    const backed = pair(list, 'a/1', 'b/1')!.reasons.find((r) => r.kind === 'TEXT')!;
    const alone = pair(list, 'a/1', 'c/1')!.reasons.find((r) => r.kind === 'TEXT')!;
    expect(alone.weight).toBeCloseTo(backed.weight * WEIGHTS.textAlone, 2);
    expect(alone.text).toMatch(/counted at 60%: no shared partner or IT system backs it/);
    expect(backed.text).not.toMatch(/counted at/);
    expect(pair(list, 'a/1', 'b/1')!.score).toBeGreaterThan(pair(list, 'a/1', 'c/1')!.score);
  });
});

describe('an objective suggested for what falls under it', () => {
  // b/SO says little in its own words; its action b/A says what a/1 says.
  const run = (objectiveWords: Map<string, number>) => {
    const objective = item('b/SO', 'b', { scope: [{ id: 'b/SO', title: 'SO', code: null, path: [] }, { id: 'b/A', title: 'A', code: null, path: ['b/A>PART_OF>b/SO'] }] });
    const action = item('b/A', 'b', { kind: 'Action', level: null });
    const weights = new Map([
      ['a/1', new Map([['drugs', 2], ['preventie', 2], ['strijd', 1]])],
      ['b/A', new Map([['drugs', 2], ['preventie', 2]])],
      ['b/SO', objectiveWords],
    ]);
    const list = suggest([item('a/1', 'a'), objective, action], { weights }, new Map(), new Set(), all);
    const underneath = pair(list, 'a/1', 'b/A')!.score / WEIGHTS.mixedKinds;
    return { lifted: pair(list, 'a/1', 'b/SO')!, underneath };
  };

  it('takes the match in full (WEIGHTS.rollUp) when its own words also meet the other text', () => {
    const { lifted, underneath } = run(new Map([['strijd', 1], ['organisatie', 4], ['werking', 4]]));
    expect(lifted.reasons[0]!.kind).toBe('UNDER');
    expect(lifted.score).toBeCloseTo(underneath * WEIGHTS.rollUp, 2);
  });

  it('takes less of it (WEIGHTS.rollUpUnsaid) when only what falls under it does', () => {
    const { lifted, underneath } = run(new Map([['organisatie', 4], ['werking', 4]]));
    expect(lifted.reasons[0]!.kind).toBe('UNDER');
    expect(lifted.score).toBeCloseTo(underneath * WEIGHTS.rollUpUnsaid, 2);
  });
});
