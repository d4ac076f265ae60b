import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/neo4j/database.js';

describe('driver values to plain data', () => {
  it('turns dates, date-times and integers inside nested lists and maps into strings and numbers', () => {
    const row = {
      n: { id: 'a', deadline: new neo4j.types.Date(2025, 6, 30), version: neo4j.int(3) },
      links: [{ r: { createdAt: new neo4j.types.DateTime(2026, 12, 2, 10, 30, 0, 0, 0), lineFrom: 12 }, tags: ['x', null] }],
      missing: undefined,
    };
    expect(toPlain(row)).toEqual({
      n: { id: 'a', deadline: '2025-06-30', version: 3 },
      links: [{ r: { createdAt: '2026-12-02T10:30:00.000Z', lineFrom: 12 }, tags: ['x', null] }],
      missing: null,
    });
  });

  it('converts the driver\'s fresh lists and maps in place instead of copying them', () => {
    const inner = { when: new neo4j.types.Date(2024, 1, 18) };
    const list = [inner];
    const row = { list };
    const plain = toPlain(row) as { list: { when: string }[] };
    expect(plain).toBe(row);
    expect(plain.list).toBe(list);
    expect(plain.list[0]).toBe(inner);
    expect(inner.when).toBe('2024-01-18');
  });
});
