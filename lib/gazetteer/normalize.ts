/**
 * Name normalisation shared by every gazetteer: the build (which indexes names) and the lookups (which probe them)
 * must fold a name the same way, so all of it lives here.
 *
 * Two keys:
 * - `nameKey` — strict: ASCII, lowercase, punctuation folded, Arabic articles dropped.
 *   "Deir el-Zour", "Deir Al Zour" and "deir zour" share one key.
 * - `looseKey` — a fallback that also folds common transliteration spellings (doubled letters, ou/oo → u,
 *   ee → i, ay/ey/ei/ai → e, q → k, a trailing h), so "Deir ez-Zor" ≈ "Dayr az Zawr" and "Mayadeen" ≈ "Al Mayadin".
 */
import anyAscii from 'any-ascii';

/** Arabic definite articles as they appear romanised: "al-", "el-", and the sun-letter forms "ar-", "az-", "ash-"… */
const ARABIC_ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el',
  'ad', 'ed', 'adh', 'ath', 'at', 'et',
  'ar', 'er', 'as', 'es', 'ash', 'esh', 'az', 'ez', 'an', 'en',
]);

/** apostrophes, quotes and the ayn/hamza letters, which romanisations write or omit at will */
const APOSTROPHES = /['`\u2018\u2019\u02bb\u02bc\u02bf\u02be\u00b4"]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** ASCII codes of the apostrophes and quotes above that fall in printable ASCII: ' ` " */
const ASCII_APOSTROPHE = 0x27;
const ASCII_BACKTICK = 0x60;
const ASCII_QUOTE = 0x22;
/** keys remembered per distinct input string (recognition and resolution ask for the same names again and again) */
const KEY_CACHE_SIZE = 50_000; // strings

const strictKeys = new Map<string, string>();
const looseKeys = new Map<string, string>();

/** true for a romanised Arabic article ("al", "el", "ash"…), which keys drop unless nothing else is left */
export function isArabicArticle(word: string): boolean {
  return ARABIC_ARTICLES.has(word);
}

/**
 * The strict lookup key of a place name.
 * @example nameKey("Deir el-Zour") === nameKey("Deir Al Zour") // "deir zour"
 */
export function nameKey(name: string): string {
  let key = strictKeys.get(name);
  if (key === undefined) {
    key = freshNameKey(name);
    remember(strictKeys, name, key);
  }
  return key;
}

/** `nameKey` without its memo, for callers that keep their own answers per name (one-off probes). */
export function freshNameKey(name: string): string {
  return asciiNameKey(name) ?? foldedNameKey(PRINTABLE_ASCII.test(name) ? name : anyAscii(name));
}

/** The general path: regex folds, then the Arabic articles dropped. */
function foldedNameKey(ascii: string): string {
  const folded = ascii.toLowerCase().replace(APOSTROPHES, '').replace(NON_ALNUM, ' ').trim();
  if (folded === '') return '';
  const tokens = folded.split(' ');
  const kept = tokens.filter((token) => !ARABIC_ARTICLES.has(token));
  // A name made only of article-like tokens ("As", Belgium) keeps them rather than becoming empty.
  return (kept.length > 0 ? kept : tokens).join(' ');
}

/**
 * The same key in one pass over a plain ASCII letters-and-spaces name (most probes: "New York", "Deir el-Zour");
 * undefined for anything else, which takes the general path.
 */
function asciiNameKey(name: string): string | undefined {
  let out = '';
  let word = '';
  let dropped = false;
  for (let i = 0; i <= name.length; i += 1) {
    const code = i < name.length ? name.charCodeAt(i) : 0x20;
    if (code > 0x7e || code < 0x20) return undefined;
    if (code === ASCII_APOSTROPHE || code === ASCII_BACKTICK || code === ASCII_QUOTE) continue;
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39)) {
      word += String.fromCharCode(lower);
      continue;
    }
    if (word === '') continue;
    if (ARABIC_ARTICLES.has(word)) dropped = true;
    else out = out === '' ? word : `${out} ${word}`;
    word = '';
  }
  // Only article-like tokens ("As"): the general path keeps them all.
  return out === '' && dropped ? undefined : out;
}

function remember(cache: Map<string, string>, from: string, to: string): void {
  if (cache.size >= KEY_CACHE_SIZE) cache.clear();
  cache.set(from, to);
}

/**
 * Spelling variants folded by `looseKey`, applied left to right in one pass (longest first so "ou" wins over "o").
 * Each maps several romanisations of one Arabic/Persian sound onto one spelling.
 */
const LOOSE_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['ee', 'i'],
  ['ie', 'i'],
  ['oo', 'u'],
  ['ou', 'u'],
  ['aw', 'u'],
  ['ay', 'e'],
  ['ey', 'e'],
  ['ei', 'e'],
  ['ai', 'e'],
  ['q', 'k'],
  ['o', 'u'],
];
const LOOSE_PATTERN = new RegExp(LOOSE_FOLDS.map(([from]) => from).join('|'), 'g');
const LOOSE_MAP: ReadonlyMap<string, string> = new Map(LOOSE_FOLDS);
const DOUBLED = /([a-z])\1+/g;
/** "Raqqah", "Hamah": a final h after a vowel is silent in most romanisations */
const FINAL_H = /([aeiu])h\b/g;

/**
 * The loose key: the strict key with transliteration spelling variants folded. Use only as a fallback.
 * @example looseKey("Deir ez-Zor") === looseKey("Dayr az Zawr") // "der zur"
 */
export function looseKey(name: string): string {
  return looseFromKey(nameKey(name));
}

/** `looseKey` of an already computed strict key (saves a second transliteration at build time). */
export function looseFromKey(key: string): string {
  return memoKey(looseKeys, key, freshLooseFromKey);
}

/** `fold(from)`, remembered in `cache` (at most KEY_CACHE_SIZE strings, then it starts afresh). */
export function memoKey(cache: Map<string, string>, from: string, fold: (from: string) => string): string {
  let key = cache.get(from);
  if (key === undefined) {
    key = fold(from);
    remember(cache, from, key);
  }
  return key;
}

/** `looseFromKey` without its memo, for callers that keep their own answers per name (one-off probes). */
export function freshLooseFromKey(key: string): string {
  return key
    .replace(LOOSE_PATTERN, (match) => LOOSE_MAP.get(match) ?? match)
    .replace(DOUBLED, '$1')
    .replace(FINAL_H, '$1');
}

/** true when a name is written in Latin script (after stripping digits, spaces and punctuation). */
export function isLatinScript(name: string): boolean {
  return LATIN_ONLY.test(name);
}
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}\p{S}]+$/u;
