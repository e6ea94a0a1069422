/**
 * An ASCII string → place numbers index stored as two byte blobs and read straight from the file bytes: nothing is
 * decoded or built at load, which keeps the world gazetteer's cold start short, and a lookup is one hash probe
 * (recognition asks `has()` for ~150 n-grams per article, mostly misses, so lookups must be cheap).
 * - text: the keys in byte order, joined by "\n";
 * - bin (uint32, platform order = little-endian on every supported machine): n, n+1 key byte offsets,
 *   n+1 posting offsets (in words), the place numbers, then m and an open-addressing hash table of m slots
 *   (key number + 1, 0 = empty; m a power of two, linear probing, FNV-1a over the key's bytes).
 */
import type { KeyIndex } from './indexed';

const NON_ASCII = /[^\x00-\x7f]/;
/** The hash table has at least this many slots per key, so probe runs stay short. */
const SLOTS_PER_KEY = 2;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

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
  const m = tableSize(n);
  const words = new Uint32Array(1 + 2 * (n + 1) + total + 1 + m);
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
  words[cursor] = m;
  const table = cursor + 1;
  keys.forEach((key, i) => {
    let slot = hashKey(key) & (m - 1);
    while ((words[table + slot] ?? 0) !== 0) slot = (slot + 1) & (m - 1);
    words[table + slot] = i + 1;
  });
  return { text: Buffer.from(keys.map((key) => `${key}\n`).join(''), 'latin1'), bin: new Uint8Array(words.buffer) };
}

/**
 * A KeyIndex over the bytes written by `encodeSortedIndex`.
 * @example readSortedIndex(readFileSync('strict.keys'), readFileSync('strict.bin')).get('raqqa')
 */
export function readSortedIndex(text: Buffer, bin: Buffer): KeyIndex {
  const words = uint32View(bin);
  const n = words[0] ?? 0;
  const table = (words[2 + 2 * n] ?? 0) + 1;
  const m = words[table - 1] ?? 0;
  if (words.length !== table + m || (words[1 + n] ?? 0) !== text.length || m < n || (m & (m - 1)) !== 0) {
    throw new Error(`Inconsistent sorted index: ${n} keys, ${text.length} key bytes, ${m} hash slots`);
  }
  const find = (key: string): number => {
    let slot = hashKey(key) & (m - 1);
    for (;;) {
      const entry = words[table + slot] ?? 0;
      if (entry === 0) return -1;
      const i = entry - 1;
      const start = words[1 + i] ?? 0;
      if ((words[2 + i] ?? 0) - 1 - start === key.length && sameBytes(text, start, key)) return i;
      slot = (slot + 1) & (m - 1);
    }
  };
  let firstWords: Uint32Array | null = null;
  return {
    has: (key: string) => find(key) >= 0,
    beginsKey(word: string): boolean {
      firstWords ??= firstWordBits(text);
      const bit = hashKey(word) & (FIRST_WORD_BITS - 1);
      return ((firstWords[bit >>> WORD_SHIFT] ?? 0) & (1 << (bit & WORD_MASK))) !== 0;
    },
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

/** bits of the first-word filter (a power of two); ~300k first words set about 3 % of them */
const FIRST_WORD_BITS = 1 << 23;
const WORD_SHIFT = 5;
const WORD_MASK = 31;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/**
 * A one-hash bit filter of every key's first word (the bytes up to its first space), read from the key text in
 * one pass when first needed: a clear bit proves no key starts with that word.
 */
function firstWordBits(text: Buffer): Uint32Array {
  const bits = new Uint32Array(FIRST_WORD_BITS >>> WORD_SHIFT);
  const length = text.length;
  let i = 0;
  while (i < length) {
    let hash = FNV_OFFSET;
    let byte = text[i] ?? NEWLINE;
    while (byte !== NEWLINE && byte !== SPACE) {
      hash = Math.imul(hash ^ byte, FNV_PRIME);
      i += 1;
      byte = text[i] ?? NEWLINE;
    }
    const bit = (hash >>> 0) & (FIRST_WORD_BITS - 1);
    bits[bit >>> WORD_SHIFT] = (bits[bit >>> WORD_SHIFT] ?? 0) | (1 << (bit & WORD_MASK));
    // the rest of the key does not matter: on to the next line
    if (byte === SPACE) {
      const newline = text.indexOf(NEWLINE, i);
      i = newline < 0 ? length : newline;
    }
    i += 1;
  }
  return bits;
}

/** The smallest power of two with at least SLOTS_PER_KEY slots per key. */
function tableSize(keys: number): number {
  let m = 1;
  while (m < keys * SLOTS_PER_KEY) m *= 2;
  return m;
}

/** FNV-1a over the UTF-16 code units (= the bytes, for the ASCII keys the index holds). */
function hashKey(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/** true when the key's code units equal the text's bytes from `start` (a non-ASCII key never matches). */
function sameBytes(text: Buffer, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i += 1) if (text[start + i] !== key.charCodeAt(i)) return false;
  return true;
}
