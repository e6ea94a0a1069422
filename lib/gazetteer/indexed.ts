/**
 * The lookup logic shared by the world gazetteer and the in-memory one: places numbered most populous first, two
 * key → place-number maps (strict and loose), and `search` / `byId` / `has` on top of them.
 */
import type { PlaceType } from '../geojson/schema';
import type { GazPlace, Gazetteer, SearchOptions } from './types';
import { freshLooseFromKey, freshNameKey, isArabicArticle, looseFromKey, nameKey } from './normalize';

/** Places by number; number 0 is the most populous. Lets the world gazetteer build place objects lazily. */
export interface PlaceTable {
  readonly size: number;
  get(index: number): GazPlace;
  /** the number of the place with this id, or undefined */
  indexOf(id: string): number | undefined;
}

/** key → place numbers, each list ascending (i.e. most populous first) and free of duplicates */
export interface KeyIndex {
  get(key: string): readonly number[] | undefined;
  has(key: string): boolean;
  /** false only when no key's first word is `word`; optional (a plain Map cannot tell cheaply) */
  beginsKey?(word: string): boolean;
}

/**
 * Loose keys shorter than this are not probed: "US" or "Oss" folded loosely match dozens of unrelated villages.
 */
const LOOSE_MIN_LENGTH = 5; // characters

/**
 * A Gazetteer over a place table and its strict and loose key indexes.
 * `search` returns the places matching the strict key, then those matching only the loose key.
 * @example createIndexedGazetteer(table, strict, loose).search('Raqqa', { limit: 1 })
 */
export function createIndexedGazetteer(table: PlaceTable, strict: KeyIndex, loose: KeyIndex): Gazetteer {
  // Recognition probes the same n-grams ("The", "Monday", "Obama") in article after article: answers are kept.
  const answers = new Map<string, boolean>();
  const beginnings = new Map<string, boolean>();
  // Resolution searches the same names article after article: their place numbers (strict, then loose-only) are kept.
  const numbersByKey = new Map<string, readonly number[]>();
  const numbersOf = (key: string): readonly number[] => {
    let numbers = numbersByKey.get(key);
    if (numbers === undefined) {
      // Strict matches first: a loose spelling match ("Columbia" ≈ Colombia) must never outrank an exact one.
      const exact = strict.get(key) ?? NONE;
      const spelled = looseOnly(looseMatches(loose, key), exact);
      numbers = spelled.length === 0 ? exact : [...exact, ...spelled];
      if (numbersByKey.size >= SEARCH_CACHE_SIZE) numbersByKey.clear();
      numbersByKey.set(key, numbers);
    }
    return numbers;
  };
  return {
    search(name: string, options: SearchOptions = {}): GazPlace[] {
      const key = nameKey(name);
      if (key === '') return [];
      return pick(table, numbersOf(key), options);
    },
    byId(id: string): GazPlace | undefined {
      const index = table.indexOf(id);
      return index === undefined ? undefined : table.get(index);
    },
    mayBeginName(word: string): boolean {
      let known = beginnings.get(word);
      if (known === undefined) {
        known = mayBegin(strict, loose, nameKey(word));
        if (beginnings.size >= HAS_CACHE_SIZE) beginnings.clear();
        beginnings.set(word, known);
      }
      return known;
    },
    has(name: string): boolean {
      const known = answers.get(name);
      if (known !== undefined) return known;
      if (answers.size >= HAS_CACHE_SIZE) answers.clear();
      const found = hasKey(strict, loose, freshNameKey(name));
      answers.set(name, found);
      return found;
    },
  };
}

/** has() remembers this many answers, then starts afresh (bounds memory on an endless stream of articles). */
const HAS_CACHE_SIZE = 100_000; // names
/** search() remembers the place numbers of this many keys, then starts afresh */
const SEARCH_CACHE_SIZE = 20_000; // keys

const NONE: readonly number[] = [];

/**
 * Whether some key can start with the key of one word. A word whose key is not one plain word (empty, several
 * transliterated words, or an Arabic article that keys drop) cannot be ruled out.
 */
function mayBegin(strict: KeyIndex, loose: KeyIndex, key: string): boolean {
  if (key === '' || key.includes(' ') || isArabicArticle(key)) return true;
  if (strict.beginsKey === undefined || loose.beginsKey === undefined) return true;
  // loose folds never reach across a space, so a loose key begins with the loose fold of the strict key's first word
  return strict.beginsKey(key) || loose.beginsKey(looseFromKey(key));
}

function hasKey(strict: KeyIndex, loose: KeyIndex, key: string): boolean {
  if (key === '') return false;
  if (strict.has(key)) return true;
  const folded = freshLooseFromKey(key);
  return folded.length >= LOOSE_MIN_LENGTH && loose.has(folded);
}

function looseMatches(loose: KeyIndex, key: string): readonly number[] {
  const folded = looseFromKey(key);
  return folded.length >= LOOSE_MIN_LENGTH ? (loose.get(folded) ?? NONE) : NONE;
}

/** The loose matches that are not also strict matches, in their (ascending) order. */
function looseOnly(loose: readonly number[], exact: readonly number[]): readonly number[] {
  if (loose.length === 0 || exact.length === 0) return loose;
  const seen = new Set(exact);
  return loose.filter((n) => !seen.has(n));
}

function pick(table: PlaceTable, numbers: readonly number[], options: SearchOptions): GazPlace[] {
  const limit = options.limit ?? Infinity;
  const types: readonly PlaceType[] | undefined = options.types;
  const out: GazPlace[] = [];
  for (const n of numbers) {
    if (out.length >= limit) break;
    const place = table.get(n);
    if (types !== undefined && !types.includes(place.placeType)) continue;
    if (options.countryCode !== undefined && place.countryCode !== options.countryCode) continue;
    out.push(place);
  }
  return out;
}

/**
 * Strict and loose key indexes for places numbered 0…n-1, given every name of each place.
 * @example buildKeyIndexes([['Ar Raqqah', 'Raqqa']]).strict.get('raqqa') // [0]
 */
export function buildKeyIndexes(namesByPlace: ReadonlyArray<readonly string[]>): {
  strict: Map<string, number[]>;
  loose: Map<string, number[]>;
} {
  const strict = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  namesByPlace.forEach((names, index) => {
    for (const name of names) {
      const key = nameKey(name);
      if (key === '') continue;
      appendOnce(strict, key, index);
      appendOnce(loose, looseFromKey(key), index);
    }
  });
  return { strict, loose };
}

/** Places are visited in ascending order, so a duplicate can only be the last entry. */
function appendOnce(index: Map<string, number[]>, key: string, place: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [place]);
  else if (list[list.length - 1] !== place) list.push(place);
}
