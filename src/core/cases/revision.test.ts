import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIfMatch, revisionAllows, revisionTag } from './revision.js';

describe('case revisions in If-Match', () => {
  it('reads the tag it writes, for any revision', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
      const condition = parseIfMatch(revisionTag(n));
      expect(condition).toEqual([n]);
      expect(revisionAllows(condition!, n)).toBe(true);
      expect(revisionAllows(condition!, n + 1)).toBe(false);
    }));
  });

  it('takes a list of tags and the wildcard', () => {
    const list = parseIfMatch(' "r4" , "r7"')!;
    expect(list).toEqual([4, 7]);
    expect([3, 4, 5, 7].map((n) => revisionAllows(list, n))).toEqual([false, true, false, true]);
    expect(parseIfMatch('*')).toBe('*');
    expect(revisionAllows('*', 12)).toBe(true);
  });

  it('refuses weak tags, bare numbers, leading zeros and other tags', () => {
    for (const bad of ['W/"r3"', 'r3', '3', '"3"', '"r03"', '"r-1"', '"r3', '"r3",', '', '"r3" "r4"', '"r1234567890"', '"abc"', '*, "r1"']) {
      expect(parseIfMatch(bad), bad).toBeUndefined();
    }
  });
});
