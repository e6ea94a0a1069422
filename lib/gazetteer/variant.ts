/**
 * The romanisation-variant key: the third and last lookup key, after the strict `nameKey` and the `looseKey`
 * (normalize.ts). News romanises Arabic, Persian, Kurdish, Pashto, Turkish and Russian/Ukrainian names its own way
 * ("Saraqeb", "Kfar Nabl", "Tell Abiad", "Kharkov") and GeoNames another (Sarāqib, Kafr Nabl, Tall Abyaḑ, Kharkiv):
 * the key keeps what the spellings share — the consonants, after the letter classes romanisations swap are folded —
 * and drops what they do not (vowels, doubled letters, a silent final h, the generic word's spelling). The rules are
 * data (geodata/romanisation.json), so a reviewer can read and extend them.
 *
 * The key is coarse on purpose, so only places of the countries whose names come from those languages are indexed
 * under it, and a place found by it alone needs context in the text to be chosen (lib/geoparse).
 */
import { z } from 'zod';
import romanisationJson from '../../geodata/romanisation.json';
import { memoKey, nameKey } from './normalize';

/** Variant keys shorter than this many letters (spaces not counted) are not looked up: "kv", "hms" match too much. */
export const VARIANT_MIN_LETTERS = 4; // letters
/** what a word-initial vowel leaves in the key ("Idlib" → "adlb"), so "Abyad" and "Byad" stay apart */
const VOWEL_MARK = 'a';

const romanisationSchema = z.object({
  countries: z.record(z.string(), z.array(z.string().length(2))),
  genericWords: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z]+$/))),
  letterFolds: z.array(z.tuple([z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]*$/)])),
  vowels: z.string().regex(/^[a-z]+$/),
  semivowels: z.array(z.object({
    letter: z.string().length(1),
    consonant: z.string().length(1),
    when: z.enum(['before-vowel', 'word-start-before-vowel']),
  })),
});
export type RomanisationRules = z.infer<typeof romanisationSchema>;

/** The compiled rules: what `variantFromKey` needs, built once. */
interface Compiled {
  countries: ReadonlySet<string>;
  generic: ReadonlyMap<string, string>;
  folds: ReadonlyMap<string, string>;
  foldPattern: RegExp | null;
  vowels: ReadonlySet<string>;
  /** letter → its consonant and where it is one */
  semivowels: ReadonlyMap<string, { consonant: string; initialOnly: boolean }>;
}

/**
 * Compile rules (the checked-in ones by default); throws on a malformed rules file, naming the problem.
 * @example compileRules(JSON.parse(text))
 */
export function compileRules(rules: unknown = romanisationJson): Compiled {
  const parsed = romanisationSchema.parse(rules);
  const generic = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(parsed.genericWords)) {
    for (const spelling of [canonical, ...spellings]) {
      const taken = generic.get(spelling);
      if (taken !== undefined && taken !== canonical) {
        throw new Error(`Romanisation rules: "${spelling}" is a spelling of both "${taken}" and "${canonical}"`);
      }
      generic.set(spelling, canonical);
    }
  }
  // longest first, so "sch" wins over "sh" and "dzh" over "zh"
  const froms = parsed.letterFolds.map(([from]) => from).toSorted((a, b) => b.length - a.length);
  return {
    countries: new Set(Object.values(parsed.countries).flat()),
    generic,
    folds: new Map(parsed.letterFolds),
    foldPattern: froms.length === 0 ? null : new RegExp(froms.join('|'), 'g'),
    vowels: new Set(parsed.vowels),
    semivowels: new Map(parsed.semivowels.map((s) => [s.letter, { consonant: s.consonant, initialOnly: s.when === 'word-start-before-vowel' }])),
  };
}

const DEFAULT_RULES = compileRules();
const variantKeys = new Map<string, string>();

/**
 * The romanisation-variant key of a place name.
 * @example variantKey('Saraqeb') === variantKey('Sarāqib') // "srkb"
 * @example variantKey('Tell Abiad') === variantKey('Tall Abyaḑ') // "tl abd"
 */
export function variantKey(name: string): string {
  return variantFromKey(nameKey(name));
}

/** `variantKey` of an already computed strict key (the build has it at hand). */
export function variantFromKey(key: string): string {
  return memoKey(variantKeys, key, (strict) => freshVariantFromKey(strict));
}

/** `variantFromKey` without its memo, under the given rules (tests compile their own). */
export function freshVariantFromKey(key: string, rules: Compiled = DEFAULT_RULES): string {
  let out = '';
  for (const word of key.split(' ')) {
    const skeleton = wordSkeleton(word, rules);
    // a word of vowels only is the Persian izafe ("Mazar-e Sharif") or a stray letter: nothing to keep
    if (skeleton === '' || skeleton === VOWEL_MARK) continue;
    out = out === '' ? skeleton : `${out} ${skeleton}`;
  }
  return out;
}

/** true when a variant key is long enough to be looked up (see VARIANT_MIN_LETTERS). */
export function isUsableVariant(variant: string): boolean {
  let letters = 0;
  for (let i = 0; i < variant.length; i += 1) if (variant.charCodeAt(i) !== SPACE) letters += 1;
  return letters >= VARIANT_MIN_LETTERS;
}

/**
 * true when places of this country are indexed under the variant key (their names come from the languages the
 * rules are about).
 * @example isVariantCountry('SY') // true
 */
export function isVariantCountry(countryCode: string | null, rules: Compiled = DEFAULT_RULES): boolean {
  return countryCode !== null && rules.countries.has(countryCode);
}

const SPACE = 0x20;

/** One word's consonant skeleton: generic word, letter folds, then vowels, semivowels, final h, doubled letters. */
function wordSkeleton(word: string, rules: Compiled): string {
  const canonical = rules.generic.get(word) ?? word;
  const folded = rules.foldPattern === null ? canonical
    : canonical.replace(rules.foldPattern, (match) => rules.folds.get(match) ?? match);
  let out = '';
  let previous = '';
  let previousVowel = false;
  for (let i = 0; i < folded.length; i += 1) {
    const letter = folded.charAt(i);
    const consonant = consonantOf(folded, i, rules);
    if (consonant === null) {
      if (i === 0) out = VOWEL_MARK;
      previousVowel = true;
      previous = letter;
      continue;
    }
    const silentFinalH = consonant === 'h' && previousVowel && i === folded.length - 1 && i > 0;
    if (!silentFinalH && letter !== previous) out += consonant;
    previousVowel = false;
    previous = letter;
  }
  return out;
}

/** The consonant the letter at `i` writes, or null where it is (part of) a vowel. */
function consonantOf(word: string, i: number, rules: Compiled): string | null {
  const letter = word.charAt(i);
  if (rules.vowels.has(letter)) return null;
  const semivowel = rules.semivowels.get(letter);
  if (semivowel === undefined) return letter;
  const beforeVowel = rules.vowels.has(word.charAt(i + 1));
  return beforeVowel && (!semivowel.initialOnly || i === 0) ? semivowel.consonant : null;
}
