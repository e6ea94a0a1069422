import { describe, expect, it } from 'vitest';
import { encodeSortedIndex, readSortedIndex } from '@/lib/gazetteer/sorted-index';

function roundTrip(index: ReadonlyMap<string, readonly number[]>) {
  const { text, bin } = encodeSortedIndex(index);
  return readSortedIndex(text, Buffer.from(bin));
}

describe('sorted index with hash lookup', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `place ${i.toString(36)}`);
  const index = roundTrip(new Map(keys.map((key, i) => [key, [i, i + 7]])));

  it('finds every key it was built from, with its place numbers', () => {
    for (const [i, key] of keys.entries()) expect(index.get(key)).toEqual([i, i + 7]);
  });

  it('misses keys it was not built from, including prefixes, extensions and non-ASCII text', () => {
    expect(index.has('place')).toBe(false);
    expect(index.has('place zzzz')).toBe(false);
    expect(index.has('place 1 ')).toBe(false);
    expect(index.has('plâce 1')).toBe(false);
    expect(index.get('')).toBeUndefined();
  });

  it('knows the first word of every key, and that no key starts with an unrelated word', () => {
    const words = roundTrip(new Map([['deir zur', [0]], ['raqqa', [1]], ['new york city', [2]]]));
    for (const word of ['deir', 'raqqa', 'new']) expect(words.beginsKey?.(word)).toBe(true);
    for (const word of ['zur', 'york', 'president', 'monday', 'obama']) expect(words.beginsKey?.(word)).toBe(false);
  });

  it('works for an empty index', () => {
    expect(roundTrip(new Map()).has('raqqa')).toBe(false);
  });

  it('rejects postings that do not match their keys', () => {
    const { text, bin } = encodeSortedIndex(new Map([['raqqa', [3]]]));
    expect(() => readSortedIndex(text, Buffer.from(bin.subarray(0, bin.length - 4)))).toThrow(/Inconsistent/);
  });
});
