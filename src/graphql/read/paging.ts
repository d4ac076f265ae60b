import { cursorToOffset, offsetToCursor } from 'graphql-relay';
import type { Page } from '../../repository/read/readPlan.js';
import { badInput } from '../errors.js';

/**
 * Relay cursor paging over an ordered list, decided before anything is read: which page to ask
 * Neo4j for, and how to turn what comes back into edges and page info. Cursors are graphql-relay's
 * offset cursors; the order always ends in a unique tiebreaker, so an offset names one item.
 *
 * Semantics (the Relay connection spec, in the variant that reports neighbours when known):
 * `after`/`before` bound the list, then `first` keeps the start of that window and `last` its
 * end. `hasPreviousPage` is true when items precede the page, `hasNextPage` when items follow it.
 */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;
/** Offsets beyond this are not ones the API gave out. */
const MAX_OFFSET = 1_000_000_000;

export interface ConnectionWindow {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** What to read, and what the page needs to be finished once read. */
export interface PageRequest {
  readonly page: Page;
  /** The list's length is needed (reverse pages: positions count from the end). */
  readonly needsTotal: boolean;
  /** Lowest offset the window allows (from `after`). */
  readonly lower: number;
  /** Offset the window ends before (from `before`), if bounded. */
  readonly upper: number | null;
}

function offsetOf(cursor: string, argumentName: string): number {
  const offset = cursor.length <= 64 ? cursorToOffset(cursor) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || offset > MAX_OFFSET || offsetToCursor(offset) !== cursor) {
    throw badInput(argumentName, 'is not a cursor this API gave out');
  }
  return offset;
}

function size(value: number | null | undefined, argumentName: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE) throw badInput(argumentName, `must be between 0 and ${MAX_PAGE}`);
  return value;
}

export function pageRequest(args: ConnectionWindow, argumentPrefix = ''): PageRequest {
  const first = size(args.first, `${argumentPrefix}first`);
  const last = size(args.last, `${argumentPrefix}last`);
  if (first != null && last != null) throw badInput(`${argumentPrefix}first`, 'give either first or last, not both');
  const lower = args.after != null ? offsetOf(args.after, `${argumentPrefix}after`) + 1 : 0;
  const upper = args.before != null ? offsetOf(args.before, `${argumentPrefix}before`) : null;
  const windowEnd = upper == null ? null : Math.max(lower, upper);

  if (last != null && windowEnd == null) {
    // The last `last` items of the list (then cut at `after`): positions need the total.
    return { page: { offset: 0, limit: last, reverse: true }, needsTotal: true, lower, upper: null };
  }
  if (last != null) {
    const start = Math.max(lower, windowEnd! - last);
    return { page: { offset: start, limit: windowEnd! - start, reverse: false }, needsTotal: false, lower, upper: windowEnd };
  }
  const want = first ?? DEFAULT_PAGE;
  const limit = windowEnd == null ? want : Math.min(want, windowEnd - lower);
  return { page: { offset: lower, limit, reverse: false }, needsTotal: false, lower, upper: windowEnd };
}

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Paged<T> {
  readonly items: { readonly item: T; readonly cursor: string }[];
  readonly pageInfo: PageInfoShape;
}

/**
 * Turns what Neo4j returned for a PageRequest (one item more than the page for forward pages,
 * last-first for reverse pages) into the page's items with their cursors and the page info.
 */
export function finishPage<T>(request: PageRequest, rows: readonly T[], total: number | null): Paged<T> {
  const { page } = request;
  let start: number;
  let items: T[];
  let hasNext: boolean;
  if (page.reverse) {
    const count = total ?? 0;
    // rows are the list's last items, last first; keep those at or after `after`.
    const kept = rows.slice(0, page.limit).map((row, i) => ({ row, offset: count - 1 - i })).filter((r) => r.offset >= request.lower).reverse();
    start = kept.length ? kept[0]!.offset : Math.max(request.lower, count);
    items = kept.map((k) => k.row);
    hasNext = false;
  } else {
    start = page.offset;
    items = rows.slice(0, page.limit);
    hasNext = rows.length > page.limit;
  }
  const withCursors = items.map((item, i) => new PageItem(item, start + i));
  return {
    items: withCursors,
    pageInfo: {
      hasPreviousPage: start > 0 && (total == null || total > 0),
      hasNextPage: hasNext,
      startCursor: withCursors[0]?.cursor ?? null,
      endCursor: withCursors.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * An item of a page; its cursor is encoded when read: most clients select `nodes` and never
 * a cursor, and encoding one for every item of every page was measurable work per request.
 */
class PageItem<T> {
  constructor(readonly item: T, private readonly offset: number) {}

  get cursor(): string {
    return offsetToCursor(this.offset);
  }
}

/**
 * For a named Cypher file that collects its whole (ordered) list and returns `size(list)` and
 * `list[$start..$end]`: the slice that a page request reads (one more than the page, going
 * forward; the last `limit` items, from the end).
 */
export function sliceOf(request: PageRequest): { start: number; end: number | null } {
  const { offset, limit, reverse } = request.page;
  // A slice from past the end of any list is empty (last: 0).
  if (reverse) return limit === 0 ? { start: MAX_SLICE, end: null } : { start: -limit, end: null };
  return { start: offset, end: offset + limit + 1 };
}
const MAX_SLICE = 2_147_483_647;

/** The page of a slice read with `sliceOf`, with its cursors and page info. */
export function finishSlice<T>(request: PageRequest, rows: readonly T[], total: number): Paged<T> {
  return finishPage(request, request.page.reverse ? [...rows].reverse() : rows, total);
}
