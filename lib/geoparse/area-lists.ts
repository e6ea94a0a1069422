/**
 * Counties named without their county word. Lists under one plural area word: "Barrow, Jackson and Madison
 * counties", "Avoyelles and Rapides parishes" — each name of such a list is the county (or parish) of that name, so
 * recognition looks up "Barrow County" rather than the town of Barrow, and finds "Oconee" although no place is
 * called that. Shorthand: an article that writes "DeKalb County" means the county by a bare "DeKalb" too, unless
 * the name is also a country, a first-level area or a large city ("Washington County" leaves "Washington" alone).
 */
import type { Gazetteer } from '../gazetteer/types';
import type { PlaceType } from '../geojson/schema';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';

/** a bare name that is also a settlement of this many people keeps its own sense beside its county */
const LARGE_CITY_POPULATION = 100_000;
/** capitalised words read before a county word for its name */
const MAX_COUNTY_NAME_WORDS = 3;
/** characters read before a county word for those words */
const COUNTY_NAME_LOOKBEHIND = 60;
const SPACE = 0x20;
const LETTER = /\p{L}/u;
/** a capitalised word of a name: "DeKalb", "O'Brien", "Miami-Dade" */
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*$/u;
const AREA_TYPES: readonly PlaceType[] = ['continent', 'region', 'country', 'admin1'];

/** tokens read ahead of a name for the plural area word that closes its list */
const MAX_LIST_TOKENS = 16;
/** what separates two names of a list: ", ", " and ", ", and ", " or ", " & " */
const LIST_GAP = /^(?:, ?| )$/;
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', '&']);

/**
 * The singular area word ("County", "Parish") when the name run ending before `runEnd` belongs to a list closed
 * by a plural area word ("… and Madison counties"); null otherwise.
 * @example areaListSuffix(tokenize('Clarke and Oconee counties', 0, 26), 1, lexicon) // 'County'
 */
export function areaListSuffix(tokens: readonly Token[], runEnd: number, lexicon: Lexicon): string | null {
  for (let index = runEnd; index < tokens.length && index < runEnd + MAX_LIST_TOKENS; index += 1) {
    const token = tokens[index];
    if (token === undefined || !LIST_GAP.test(token.gapBefore)) return null;
    const word = token.text.toLowerCase();
    const singular = lexicon.pluralAreaWords.get(word);
    if (singular !== undefined) return index > runEnd || token.gapBefore === ' ' ? singular : null;
    if (!token.capitalised && !LIST_JOINS.has(word)) return null;
  }
  return null;
}

/**
 * Every name the article writes before a county word ("DeKalb" of "DeKalb County"), with that word; for a longer
 * run ("The Licking County") each ending of it ("Licking").
 * @example countiesNamed('Officials of DeKalb County met.', lexicon).get('DeKalb') // 'County'
 */
export function countiesNamed(text: string, lexicon: Lexicon): Map<string, string> {
  const named = new Map<string, string>();
  for (const word of new Set(lexicon.pluralAreaWords.values())) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (at === 0 || text.charCodeAt(at - 1) !== SPACE || LETTER.test(text.charAt(at + word.length))) continue;
      const before = text.slice(Math.max(0, at - 1 - COUNTY_NAME_LOOKBEHIND), at - 1).split(' ');
      const parts: string[] = [];
      for (let index = before.length - 1; index >= 0 && parts.length < MAX_COUNTY_NAME_WORDS; index -= 1) {
        const part = before[index] ?? '';
        if (!NAME_WORD.test(part)) break;
        parts.unshift(part);
        named.set(parts.join(' '), word);
      }
    }
  }
  return named;
}

/**
 * "DeKalb" → "DeKalb County" when the article names that county and the bare name is no well-known place of its
 * own; null otherwise.
 */
export function countyShorthand(name: string, named: ReadonlyMap<string, string>, gazetteer: Gazetteer): string | null {
  const word = named.get(name);
  if (word === undefined) return null;
  const lookup = `${name} ${word}`;
  if (!gazetteer.has(lookup)) return null;
  const wellKnown = gazetteer.search(name, { limit: 5 }).some((place) =>
    AREA_TYPES.includes(place.placeType) || place.population >= LARGE_CITY_POPULATION);
  return wellKnown ? null : lookup;
}
