import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseBookmarks } from '../../src/server/requestDatabase.js';

describe('the X-PlanGraph-Bookmark request header', () => {
  it('takes bookmarks separated by commas or in repeated headers', () => {
    expect(parseBookmarks(undefined)).toEqual([]);
    expect(parseBookmarks('FB:a, FB:b')).toEqual(['FB:a', 'FB:b']);
    expect(parseBookmarks(['FB:a', 'FB:b,FB:c'])).toEqual(['FB:a', 'FB:b', 'FB:c']);
  });

  it('refuses what can not be a bookmark before it reaches Neo4j, as BAD_USER_INPUT', () => {
    for (const header of ['FB:a b', 'x'.repeat(1_025), Array.from({ length: 17 }, (_, i) => `FB:${i}`).join(',')]) {
      let error: unknown;
      try {
        parseBookmarks(header);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', header: 'X-PlanGraph-Bookmark', http: { status: 400 } });
    }
  });
});
