/** One worker's or one machine's part of an ingest's input files (`--workers N`, `--share K/N`). */

/** The K-th (from 1) of every N input files: one worker's or one machine's part of an ingest. */
export interface Share {
  index: number;
  of: number;
}

/**
 * `K/N` as a share, null when it is not one.
 * @example parseShare('2/3') // { index: 2, of: 3 }
 */
export function parseShare(text: string): Share | null {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (match === null) return null;
  const index = Number(match[1]);
  const of = Number(match[2]);
  return index >= 1 && of >= 1 && index <= of ? { index, of } : null;
}

/**
 * The items of a share, every N-th from the K-th (input order): shares are the same size within one, whatever
 * the files' order, and all N shares together are every item once.
 * @example inShare(['a', 'b', 'c'], { index: 1, of: 2 }) // ['a', 'c']
 */
export function inShare<T>(items: readonly T[], share: Share | null): T[] {
  return share === null ? [...items] : items.filter((_, i) => i % share.of === share.index - 1);
}
