import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/actor.js';
import { WriteError } from '../../src/domain/errors.js';
import { checkId, isCalendarDate } from '../../src/domain/fields.js';
import { linkAccess, requireMayChange } from '../../src/domain/ownership.js';
import { PARTNER_LINKS } from '../../src/model/ownership.js';
import type { NodeFacts } from '../../src/repository/curationRepository.js';

/** The rules of the write path that need no database: values, and who may change or link what. */
const partner: Actor = { subject: 'pia', role: 'partner', organisation: 'igo' };
const analyst: Actor = { subject: 'ann', role: 'analyst', organisation: null };
const node = (kind: string, id: string, owner: string | null): NodeFacts => ({ id, kind, labels: [kind], planId: null, planSource: null, owner, node: { id, kind } });
const own = node('Objective', 'igo-plan/SO1', 'igo');
const foreign = node('Objective', 'ajh-plan/SD1', 'ajh');
const code = (work: () => unknown) => {
  try {
    return { result: work() };
  } catch (err) {
    return { code: (err as WriteError).code };
  }
};

describe('values', () => {
  it('knows real calendar dates from impossible ones', () => {
    expect(['2024-02-29', '2025-12-31', '1900-01-01'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2025-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '1899-12-31', '2025-1-1', '2025-01-01T00:00'].map(isCalendarDate)).toEqual(Array(7).fill(false));
  });

  it('bounds ids and refuses control characters in them', () => {
    expect(checkId('igo-beleidsplan-2023-2028/SO1', 'id')).toBe('igo-beleidsplan-2023-2028/SO1');
    for (const bad of ['', 'x'.repeat(321), 'a\u0000b', 42]) expect(code(() => checkId(bad, 'id')).code).toBe('BAD_USER_INPUT');
  });
});

describe('who may change what', () => {
  it('lets a partner change its own items and correct its own organisation, nothing shared and nothing of others', () => {
    expect(code(() => requireMayChange(partner, own, 'update')).code).toBeUndefined();
    expect(code(() => requireMayChange(partner, foreign, 'update')).code).toBe('FORBIDDEN');
    expect(code(() => requireMayChange(partner, node('Organisation', 'igo', 'igo'), 'update')).code).toBeUndefined();
    expect(code(() => requireMayChange(partner, node('Organisation', 'igo', 'igo'), 'delete')).code).toBe('FORBIDDEN');
    expect(code(() => requireMayChange(partner, node('Theme', 'theme/training', null), 'update')).code).toBe('FORBIDDEN');
    expect(code(() => requireMayChange(analyst, node('Theme', 'theme/training', null), 'delete')).code).toBeUndefined();
  });

  it('gives a partner exactly the listed links to nodes it does not own, alignments as proposals', () => {
    const org = node('Organisation', 'fod-justitie', 'fod-justitie');
    expect(linkAccess(partner, 'INVOLVES', own, org)).toEqual({ kind: 'direct' });
    expect(linkAccess(partner, 'HAS_THEME', own, node('Theme', 'theme/training', null))).toEqual({ kind: 'direct' });
    expect(linkAccess(partner, 'MEMBER_OF', org, node('StakeholderGroup', 'igo-plan/G1', 'igo'))).toEqual({ kind: 'direct' });
    expect(linkAccess(partner, 'USES', node('Organisation', 'igo', 'igo'), node('System', 'system/X', null))).toEqual({ kind: 'direct' });
    expect(linkAccess(partner, 'ALIGNED_WITH', own, foreign).kind).toBe('proposal');
    expect(linkAccess(partner, 'ALIGNED_WITH', foreign, own).kind).toBe('proposal');
    expect(code(() => linkAccess(partner, 'ALIGNED_WITH', own, foreign, true)).code).toBe('FORBIDDEN');
    expect(code(() => linkAccess(partner, 'ADDRESSES', own, node('SwotItem', 'ibz/T1', 'fod-binnenlandse-zaken'))).code).toBe('FORBIDDEN');
    expect(code(() => linkAccess(partner, 'PART_OF', own, foreign)).code).toBe('FORBIDDEN');
    expect(code(() => linkAccess(partner, 'USES', org, node('System', 'system/X', null))).code).toBe('FORBIDDEN');
    expect(code(() => linkAccess(partner, 'PART_OF', node('Organisation', 'igo', 'igo'), org)).code).toBe('FORBIDDEN');
    expect(linkAccess(analyst, 'ADDRESSES', own, foreign)).toEqual({ kind: 'direct' });
    expect(PARTNER_LINKS.filter((r) => r.proposal).map((r) => r.rel)).toEqual(['ALIGNED_WITH']);
  });
});
