import { offsetToCursor } from 'graphql-relay';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, finishPage, pageRequest, type ConnectionWindow } from '../../../src/graphql/read/paging.js';

/** What a list of `total` items gives for a window, read the way the compiled Cypher reads it. */
function page(total: number, window: ConnectionWindow) {
  const request = pageRequest(window);
  const list = Array.from({ length: total }, (_, i) => i);
  const { offset, limit, reverse } = request.page;
  // Forward: skip, then one more than the page; reverse: the last items, last first, one more.
  const rows = reverse ? [...list].reverse().slice(0, limit + 1) : list.slice(offset, offset + limit + 1);
  const result = finishPage(request, rows, request.needsTotal ? total : null);
  return { items: result.items.map((i) => i.item), cursors: result.items.map((i) => i.cursor), ...result.pageInfo };
}

const c = offsetToCursor;

describe('relay paging', () => {
  it('gives the first page by default, and says more follow', () => {
    const p = page(50, {});
    expect(p.items).toEqual(Array.from({ length: DEFAULT_PAGE }, (_, i) => i));
    expect(p).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: c(0), endCursor: c(DEFAULT_PAGE - 1) });
  });

  it('continues after a cursor without losing or repeating an item', () => {
    const first = page(7, { first: 3 });
    const second = page(7, { first: 3, after: first.endCursor });
    const third = page(7, { first: 3, after: second.endCursor });
    expect([...first.items, ...second.items, ...third.items]).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(third).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('takes the last items, and the last before a cursor', () => {
    expect(page(10, { last: 3 })).toMatchObject({ items: [7, 8, 9], hasNextPage: false, hasPreviousPage: true, startCursor: c(7) });
    expect(page(10, { last: 3, before: c(7) })).toMatchObject({ items: [4, 5, 6], hasNextPage: true, hasPreviousPage: true });
    expect(page(10, { last: 30, before: c(2) })).toMatchObject({ items: [0, 1], hasPreviousPage: false });
  });

  it('combines last with after: the end of the window after the cursor', () => {
    expect(page(10, { last: 3, after: c(8) }).items).toEqual([9]);
    expect(page(10, { last: 3, after: c(2) }).items).toEqual([7, 8, 9]);
    expect(page(10, { last: 3, after: c(2), before: c(5) }).items).toEqual([3, 4]);
  });

  it('answers an empty page for first: 0 and last: 0, with the neighbours it knows', () => {
    expect(page(10, { first: 0 })).toMatchObject({ items: [], hasNextPage: true, startCursor: null, endCursor: null });
    expect(page(10, { last: 0 })).toMatchObject({ items: [], hasPreviousPage: true, hasNextPage: false });
    expect(page(0, { last: 0 })).toMatchObject({ items: [], hasPreviousPage: false });
  });

  it('answers an empty page for cursors past the end, or a before that is not after after', () => {
    expect(page(5, { after: c(40) })).toMatchObject({ items: [], hasNextPage: false });
    expect(page(5, { last: 2, after: c(40) })).toMatchObject({ items: [], hasNextPage: false });
    expect(page(10, { first: 5, after: c(6), before: c(3) }).items).toEqual([]);
  });

  it.each([
    ['not base64', 'not-a-cursor!'],
    ['another prefix', Buffer.from('pos:3').toString('base64')],
    ['a negative offset', Buffer.from('arrayconnection:-1').toString('base64')],
    ['a fraction', Buffer.from('arrayconnection:1.5').toString('base64')],
    ['a huge offset', Buffer.from(`arrayconnection:${'9'.repeat(40)}`).toString('base64')],
    ['a megabyte of text', 'a'.repeat(1_000_000)],
  ])('refuses a cursor with %s as BAD_USER_INPUT naming the argument', (_what, cursor) => {
    expect(() => pageRequest({ after: cursor })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'after' }) }));
    expect(() => pageRequest({ before: cursor })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ argumentName: 'before' }) }));
  });

  it('refuses page sizes out of range and first with last', () => {
    expect(() => pageRequest({ first: -1 })).toThrow(/first: must be between 0 and 100/);
    expect(() => pageRequest({ last: 101 })).toThrow(/last: must be between 0 and 100/);
    expect(() => pageRequest({ first: 1, last: 1 })).toThrow(/either first or last/);
  });
});
