/**
 * The lookup logic shared by the world gazetteer and the in-memory one: places numbered most populous first, three
 * key → place-number maps (strict, loose, and the romanisation-variant fallback), and `search` / `byId` / `has` /
 * `searchVariants` on top of them.
 */
import type { PlaceType } from '../geojson/schema';
import type { ExplainedPlace, GazPlace, Gazetteer, MatchKey, SearchOptions } from './types';
import { freshLooseFromKey, freshNameKey, isArabicArticle, looseFromKey, nameKey } from './normalize';
import { freshVariantFromKey, isUsableVariant, variantFromKey } from './variant';

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

/** place numbers found for one strict key: the exact matches first, then the loose-only ones */
interface Found {
  numbers: readonly number[];
  /** how many of `numbers` the strict key found */
  exact: number;
}

/**
 * A Gazetteer over a place table and its strict, loose and variant key indexes.
 * `search` returns the places matching the strict key, then those matching only the loose key; `searchVariants`
 * those matching only the variant key.
 * @example createIndexedGazetteer(table, strict, loose, variant).search('Raqqa', { limit: 1 })
 */
export function createIndexedGazetteer(
  table: PlaceTable,
  strict: KeyIndex,
  loose: KeyIndex,
  variant: KeyIndex = EMPTY_INDEX,
): Gazetteer {
  // Recognition probes the same n-grams ("The", "Monday", "Obama") in article after article: answers are kept.
  const answers = new Map<string, boolean>();
  const beginnings = new Map<string, boolean>();
  const variantAnswers = new Map<string, boolean>();
  const variantBeginnings = new Map<string, boolean>();
  // Resolution searches the same names article after article: their place numbers (strict, then loose-only) are kept.
  const foundByKey = new Map<string, Found>();
  const foundOf = (key: string): Found => {
    let found = foundByKey.get(key);
    if (found === undefined) {
      // Strict matches first: a loose spelling match ("Columbia" ≈ Colombia) must never outrank an exact one.
      const exact = strict.get(key) ?? NONE;
      const spelled = notIn(looseMatches(loose, key), exact);
      found = { numbers: spelled.length === 0 ? exact : [...exact, ...spelled], exact: exact.length };
      remember(foundByKey, key, found, SEARCH_CACHE_SIZE);
    }
    return found;
  };
  const variantsByKey = new Map<string, readonly number[]>();
  const variantsOf = (key: string): readonly number[] => {
    let numbers = variantsByKey.get(key);
    if (numbers === undefined) {
      const folded = variantFromKey(key);
      numbers = isUsableVariant(folded) ? notIn(variant.get(folded) ?? NONE, foundOf(key).numbers) : NONE;
      remember(variantsByKey, key, numbers, SEARCH_CACHE_SIZE);
    }
    return numbers;
  };
  return {
    search(name: string, options: SearchOptions = {}): GazPlace[] {
      const key = nameKey(name);
      if (key === '') return [];
      return pick(table, foundOf(key).numbers, options).map((entry) => entry.place);
    },
    searchVariants(name: string, options: SearchOptions = {}): GazPlace[] {
      const key = nameKey(name);
      if (key === '') return [];
      return pick(table, variantsOf(key), options).map((entry) => entry.place);
    },
    explain(name: string, options: SearchOptions = {}): ExplainedPlace[] {
      const key = nameKey(name);
      if (key === '') return [];
      const { numbers, exact } = foundOf(key);
      const keyOf = (position: number): MatchKey =>
        position < exact ? 'exact' : position < numbers.length ? 'loose' : 'variant';
      return pick(table, [...numbers, ...variantsOf(key)], options).map(({ place, position }) => ({ place, key: keyOf(position) }));
    },
    hasVariant(name: string): boolean {
      let known = variantAnswers.get(name);
      if (known === undefined) {
        const folded = freshVariantFromKey(freshNameKey(name));
        known = isUsableVariant(folded) && variant.has(folded);
        remember(variantAnswers, name, known, HAS_CACHE_SIZE);
      }
      return known;
    },
    mayBeginVariant(word: string): boolean {
      let known = variantBeginnings.get(word);
      if (known === undefined) {
        known = mayBeginVariantKey(variant, nameKey(word));
        remember(variantBeginnings, word, known, HAS_CACHE_SIZE);
      }
      return known;
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

/** `mayBegin` for the variant index: the word's skeleton must begin some variant key. */
function mayBeginVariantKey(variant: KeyIndex, key: string): boolean {
  if (key === '' || key.includes(' ') || isArabicArticle(key)) return true;
  if (variant.beginsKey === undefined) return true;
  const folded = freshVariantFromKey(key);
  // a word the key drops (the izafe "e") cannot be ruled out: the name may go on
  return folded === '' || variant.beginsKey(folded);
}

function remember<T>(cache: Map<string, T>, key: string, value: T, size: number): void {
  if (cache.size >= size) cache.clear();
  cache.set(key, value);
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

/** The numbers of `found` that are not in `earlier`, in their (ascending) order. */
function notIn(found: readonly number[], earlier: readonly number[]): readonly number[] {
  if (found.length === 0 || earlier.length === 0) return found;
  const seen = new Set(earlier);
  return found.filter((n) => !seen.has(n));
}

/** The places of `numbers` that pass the options, each with its position in `numbers`. */
function pick(table: PlaceTable, numbers: readonly number[], options: SearchOptions): Array<{ place: GazPlace; position: number }> {
  const limit = options.limit ?? Infinity;
  const types: readonly PlaceType[] | undefined = options.types;
  const out: Array<{ place: GazPlace; position: number }> = [];
  for (const [position, n] of numbers.entries()) {
    if (out.length >= limit) break;
    const place = table.get(n);
    if (types !== undefined && !types.includes(place.placeType)) continue;
    if (options.countryCode !== undefined && place.countryCode !== options.countryCode) continue;
    out.push({ place, position });
  }
  return out;
}

/** An index that holds nothing: the variant index of a gazetteer built without one. */
const EMPTY_INDEX: KeyIndex = { get: () => undefined, has: () => false, beginsKey: () => false };

/**
 * Strict, loose and variant key indexes for places numbered 0…n-1, given every name of each place; only the
 * places `inVariantIndex` accepts (those of the countries the romanisation rules are about) get variant keys.
 * @example buildKeyIndexes([['Ar Raqqah', 'Raqqa']]).strict.get('raqqa') // [0]
 */
export function buildKeyIndexes(
  namesByPlace: ReadonlyArray<readonly string[]>,
  inVariantIndex: (index: number) => boolean = () => false,
): { strict: Map<string, number[]>; loose: Map<string, number[]>; variant: Map<string, number[]> } {
  const strict = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  const variant = new Map<string, number[]>();
  namesByPlace.forEach((names, index) => {
    const withVariants = inVariantIndex(index);
    for (const name of names) {
      const key = nameKey(name);
      if (key === '') continue;
      appendOnce(strict, key, index);
      appendOnce(loose, looseFromKey(key), index);
      if (!withVariants) continue;
      const folded = variantFromKey(key);
      if (isUsableVariant(folded)) appendOnce(variant, folded, index);
    }
  });
  return { strict, loose, variant };
}

/** Places are visited in ascending order, so a duplicate can only be the last entry. */
function appendOnce(index: Map<string, number[]>, key: string, place: number): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [place]);
  else if (list[list.length - 1] !== place) list.push(place);
}
