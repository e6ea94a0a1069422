import { describe, expect, it } from 'vitest';
import { matchSpans, overlaps } from '@/lib/eval/match';

const span = (start: number, end: number) => ({ start, end });

describe('matchSpans', () => {
  it('counts a partial overlap as a match ("Deir ez-Zor" inside gold "Deir ez-Zor province")', () => {
    expect(matchSpans([span(10, 30)], [span(10, 21)])).toEqual([[0, 0]]);
  });

  it('does not match spans that only touch', () => {
    expect(overlaps(span(0, 5), span(5, 9))).toBe(false);
    expect(matchSpans([span(0, 5)], [span(5, 9)])).toEqual([]);
  });

  it('lets one found span match only one of two golds it covers', () => {
    // found "Paris, Texas" [0,12] against gold "Paris" [0,5] and "Texas" [7,12]
    expect(matchSpans([span(0, 5), span(7, 12)], [span(0, 12)])).toHaveLength(1);
  });

  it('lets one gold match only one of two found spans inside it', () => {
    expect(matchSpans([span(0, 12)], [span(0, 5), span(7, 12)])).toHaveLength(1);
  });

  it('prefers the identical span when a gold overlaps several found spans', () => {
    expect(matchSpans([span(4, 9)], [span(2, 8), span(4, 9)])).toEqual([[0, 1]]);
  });

  it('finds the largest matching where a greedy first choice would strand a gold', () => {
    // gold A [0,5], gold B [6,11]; found X [1,11] overlaps both, found Y [0,2] overlaps only A.
    // A takes X first (4 characters of overlap against Y's 2); B then needs X, so A is moved to Y: two pairs, not one.
    const pairs = matchSpans([span(0, 5), span(6, 11)], [span(1, 11), span(0, 2)]);
    expect(pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('does not mutate its inputs', () => {
    const gold = [span(7, 12), span(0, 5)];
    const found = [span(0, 12)];
    const copy = structuredClone({ gold, found });
    matchSpans(gold, found);
    expect({ gold, found }).toEqual(copy);
  });
});
