/**
 * A sorted ASCII string → place numbers index stored as two byte blobs, read by bisection straight from the
 * file bytes: nothing is decoded or built at load, which keeps the world gazetteer's cold start short.
 * - text: the keys in byte order, joined by "\n";
 * - bin (uint32, platform order = little-endian on every supported machine): n, n+1 key byte offsets,
 *   n+1 posting offsets (in words), then the place numbers.
 */
import type { KeyIndex } from './indexed';

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Encode `index` (keys must be ASCII: name keys and gazetteer ids are).
 * @example encodeSortedIndex(new Map([['raqqa', [3]]]))
 */
export function encodeSortedIndex(index: ReadonlyMap<string, readonly number[]>): { text: Buffer; bin: Uint8Array } {
  const keys = [...index.keys()].toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const bad = keys.find((key) => NON_ASCII.test(key) || key.includes('\n'));
  if (bad !== undefined) throw new Error(`Index keys must be ASCII without newlines: ${JSON.stringify(bad)}`);
  const n = keys.length;
  const total = keys.reduce((sum, key) => sum + (index.get(key)?.length ?? 0), 0);
  const words = new Uint32Array(1 + 2 * (n + 1) + total);
  words[0] = n;
  let byte = 0;
  let cursor = 1 + 2 * (n + 1);
  keys.forEach((key, i) => {
    words[1 + i] = byte;
    byte += key.length + 1;
    words[2 + n + i] = cursor;
    for (const place of index.get(key) ?? []) words[cursor++] = place;
  });
  words[1 + n] = byte;
  words[2 + 2 * n] = cursor;
  return { text: Buffer.from(keys.map((key) => `${key}\n`).join(''), 'latin1'), bin: new Uint8Array(words.buffer) };
}

/**
 * A KeyIndex over the bytes written by `encodeSortedIndex`.
 * @example readSortedIndex(readFileSync('strict.keys'), readFileSync('strict.bin')).get('raqqa')
 */
export function readSortedIndex(text: Buffer, bin: Buffer): KeyIndex {
  const words = uint32View(bin);
  const n = words[0] ?? 0;
  if (words.length < 1 + 2 * (n + 1) || (words[1 + n] ?? 0) !== text.length) {
    throw new Error(`Inconsistent sorted index: ${n} keys, ${text.length} key bytes`);
  }
  const find = (key: string): number => {
    if (NON_ASCII.test(key)) return -1;
    const probe = Buffer.from(key, 'latin1');
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = words[1 + mid] ?? 0;
      const end = (words[2 + mid] ?? 0) - 1; // without the "\n"
      const order = text.compare(probe, 0, probe.length, start, end);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  return {
    has: (key: string) => find(key) >= 0,
    get(key: string): readonly number[] | undefined {
      const i = find(key);
      return i < 0 ? undefined : Array.from(words.subarray(words[2 + n + i] ?? 0, words[3 + n + i] ?? 0));
    },
  };
}

/** A uint32 view of file bytes; copies only when the Buffer sits at an unaligned offset of a pooled slab. */
export function uint32View(bytes: Buffer): Uint32Array {
  const WORD = Uint32Array.BYTES_PER_ELEMENT;
  if (bytes.byteOffset % WORD === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / WORD));
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
