/**
 * Alias-only words: a one-word name the gazetteer knows only as an alternate name of small settlements is an
 * ordinary English word far more often than a place. The answer depends on the name and the gazetteer alone, so it
 * is remembered across articles.
 */
import { looseKey } from '../gazetteer/normalize';
import type { GazPlace, Gazetteer } from '../gazetteer/types';
import { isUsableVariant, isVariantCountry, variantKey } from '../gazetteer/variant';
import type { PlaceType } from '../geojson/schema';
import type { Candidate } from './types';

const SETTLEMENT_TYPES: readonly PlaceType[] = ['city', 'town', 'village', 'locality'];
/** a one-word name known only as an alternate name of settlements smaller than this is an ordinary word */
const ALIAS_ONLY_MAX_POPULATION = 50_000;
/** namesakes weighed for that test */
const ALIAS_ONLY_PROBE_LIMIT = 10;

/**
 * A one-word name whose every namesake is a small settlement listing it only among its alternate names is an
 * ordinary word ("Passover", "Plus", "Recovery"), not a place.
 * @example isAliasOnlyWord(gazetteer, candidateFor('Passover')) // true
 */
export function isAliasOnlyWord(gazetteer: Gazetteer, candidate: Candidate): boolean {
  if (candidate.demonym || /[\s.]/.test(candidate.text) || candidate.lookup !== candidate.text) return false;
  // the answer depends only on the name and the gazetteer, so it is kept across articles
  let answers = aliasOnlyAnswers.get(gazetteer);
  if (answers === undefined) {
    answers = new Map();
    aliasOnlyAnswers.set(gazetteer, answers);
  }
  let known = answers.get(candidate.lookup);
  if (known === undefined) {
    known = namesOnlyAliases(gazetteer, candidate.lookup);
    if (answers.size >= ALIAS_ONLY_CACHE_SIZE) answers.clear();
    answers.set(candidate.lookup, known);
  }
  return known;
}

/** `isAliasOnlyWord` answers per gazetteer, by name */
const aliasOnlyAnswers = new WeakMap<Gazetteer, Map<string, boolean>>();
/** names remembered per gazetteer, then it starts afresh */
const ALIAS_ONLY_CACHE_SIZE = 20_000; // names

function namesOnlyAliases(gazetteer: Gazetteer, name: string): boolean {
  const key = looseKey(name);
  const variant = variantKey(name);
  const namesakes = gazetteer.search(name, { limit: ALIAS_ONLY_PROBE_LIMIT });
  // "Saraqeb" is Sarāqib's own name in another romanisation, not a word the village happens to be listed under
  // "Tillabery" is Tillabéri written with another vowel: the consonants of a name survive every romanisation
  const skeleton = consonants(key);
  const ownSpelling = (place: GazPlace): boolean => looseKey(place.name) === key ||
    (isVariantCountry(place.countryCode) && isUsableVariant(variant) && variantKey(place.name) === variant) ||
    (skeleton.length >= MIN_SKELETON_CONSONANTS && consonants(looseKey(place.name)) === skeleton);
  return namesakes.length > 0 && namesakes.every((place) => SETTLEMENT_TYPES.includes(place.placeType) &&
    place.population < ALIAS_ONLY_MAX_POPULATION && !ownSpelling(place));
}

/** consonants a name needs before its consonants alone may identify it */
const MIN_SKELETON_CONSONANTS = 4;

/** the consonants of a loose key, vowels and y dropped: "tillabery" → "tllbr" */
function consonants(key: string): string {
  return key.replace(/[aeiouy\s'-]/g, '');
}
