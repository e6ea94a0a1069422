/**
 * How a coded ACLED field is compared with what the pipeline produced, pure. Each rule is a small function so the
 * scorer reads as a list of questions and each rule can be tested (and argued with) on its own.
 *
 * - Places: an event is *located* when it lies within `TOLERANCE_KM[geo_precision]` of the coded point.
 * - Actors: ACLED names compared after `normaliseActorName` (case, accents, punctuation and whitespace folded,
 *   ACLED's period markers such as "(2019-)" or "(2016-2020)" dropped wherever they stand, so "Military Forces of
 *   Yemen (2016-) Supreme Political Council" stays apart from "Military Forces of Yemen (2012-)"). A coded compound
 *   "A and/or B" matches either part; ACLED writes such parts without the country qualifier it gives the same actor
 *   elsewhere ("Unidentified Gang and/or Police Militia" beside "Unidentified Gang (Brazil)"), so a part without a
 *   parenthesised qualifier also matches with the note's country added.
 * - Fatalities: see `statesFatalities`.
 * - Namesakes: see `looselyNamed`.
 */
import { looseKey } from '../gazetteer/normalize';
import type { AcledNote, GeoPrecision } from './acled-types';

/** How far from the coded point an event may lie and still be at the coded place, km, by ACLED geo_precision. */
export const TOLERANCE_KM: Readonly<Record<GeoPrecision, number>> = {
  1: 30, // the town itself
  2: 60, // part of a region, or near a town
  3: 150, // a whole region
};

/**
 * An ACLED actor name folded for comparison.
 * @example normaliseActorName('Military Forces of Kenya (2013-)') // 'military forces of kenya'
 */
export function normaliseActorName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(PERIOD_MARKER, ' ')
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * The normalised names a coded actor field matches: one, or one per part of an "A and/or B" compound (plus the
 * country-qualified form of a part that has no qualifier). Empty for an empty field.
 * @example codedActorKeys('Unidentified Gang and/or Police Militia', 'Brazil').has('unidentified gang brazil') // true
 */
export function codedActorKeys(coded: string, country: string): ReadonlySet<string> {
  if (coded.trim() === '') return new Set();
  const parts = coded.split(COMPOUND);
  const keys = parts.map(normaliseActorName);
  if (parts.length > 1) {
    for (const part of parts) if (!QUALIFIED.test(part)) keys.push(normaliseActorName(`${part} (${country})`));
  }
  return new Set(keys.filter((k) => k !== ''));
}

/**
 * true when one of our actor names is the coded actor (in the sense of `codedActorKeys`).
 * @example actorMatches(codedActorKeys('Protesters (Kenya)', 'Kenya'), ['Protesters (Kenya)']) // true
 */
export function actorMatches(codedKeys: ReadonlySet<string>, ours: readonly string[]): boolean {
  return ours.some((name) => codedKeys.has(normaliseActorName(name)));
}

/**
 * Event types and sub-event types compare case-insensitively, surrounding whitespace ignored.
 * @example sameLabel('Peaceful protest', 'peaceful Protest ') // true
 */
export function sameLabel(coded: string, ours: string | null): boolean {
  return ours !== null && coded.trim().toLowerCase() === ours.trim().toLowerCase();
}

/**
 * Whether a note states the death toll ACLED coded, so that the pipeline could read it from the text. The rule:
 * the coded toll is neither an estimate ("Unknown number of fatalities coded as 10") nor a share of a toll spread
 * over several events or locations ("20 fatalities split up between 3 events"), and either it is above zero (ACLED
 * codes deaths only from what its sources report) or the note says nobody was killed or hurt ("No casualties
 * reported", "no injuries", "no one was killed"). A coded 0 with nothing said is left out: silence is not a toll.
 * @example statesFatalities({ ...note, fatalities: 0, notes: 'Shells hit the port. No casualties reported.' }) // true
 */
export function statesFatalities(note: Pick<AcledNote, 'fatalities' | 'notes'>): boolean {
  if (ESTIMATED_TOLL.test(note.notes) || SHARED_TOLL.test(note.notes)) return false;
  return note.fatalities > 0 || NOBODY_HURT.test(note.notes);
}

/**
 * true when a mention's words name the coded location, loosely: the gazetteer's loose key (case, accents, Arabic
 * articles and common transliteration variants folded) of the mention equals that of the location or of one of
 * its parts ("Nameless Hills (Tartar Region)" → "Nameless Hills", "Tartar Region"), or one contains the other as
 * whole words ("Tartar" in "Tartar Region"), when the contained name has at least `MIN_CONTAINED_CHARS` letters.
 * @example looselyNamed('Mayadeen', 'Al Mayadin') // true
 */
export function looselyNamed(mentionText: string, location: string): boolean {
  const mention = looseKey(mentionText);
  if (mention === '') return false;
  return locationParts(location).some((part) => {
    const key = looseKey(part);
    if (key === '') return false;
    if (key === mention) return true;
    return (
      (mention.length >= MIN_CONTAINED_CHARS && containsWords(key, mention)) ||
      (key.length >= MIN_CONTAINED_CHARS && containsWords(mention, key))
    );
  });
}

// ---------------------------------------------------------------------------------------------------------------

const COMBINING_MARKS = /\p{M}+/gu;
/** ACLED's period markers in actor names: "(2019-)", "(2016-2020)" */
const PERIOD_MARKER = /\(\s*\d{4}\s*-\s*(\d{4})?\s*\)/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const COMPOUND = /\s+and\/or\s+/i;
/** a parenthesised qualifier at the end of a name: "(Brazil)", "(West Africa)" */
const QUALIFIED = /\([^)]*\)\s*$/;

const ESTIMATED_TOLL = /\b(fatalit\w*|fatalites|deaths|casualt\w*)\b[^.]{0,40}\bcoded as\b/i;
const SHARED_TOLL = /\b(split|spread)\s+(up\s+)?(between|across|among)\b/i;
const NOBODY_HURT =
  /\b(no|zero)\s+(fatalit\w*|casualt\w*|deaths?|injur\w*|one\s+(was\s+)?(killed|hurt|injured))\b|\b(no[- ]one|nobody)\s+(was\s+)?(killed|hurt|injured|died)\b|\bwithout\s+(any\s+)?(fatalit\w*|casualt\w*|deaths|injur\w*)\b/i;

/** A location name is split into parts at " - ", parentheses, commas and slashes. */
const LOCATION_SEPARATORS = /\s+-\s+|[(),/]/;
/** the shortest name that may match inside a longer one, letters of its loose key ("Juba" in "Lower Juba") */
const MIN_CONTAINED_CHARS = 4;

function locationParts(location: string): string[] {
  const parts = location.split(LOCATION_SEPARATORS).map((p) => p.trim()).filter((p) => p !== '');
  return [location, ...parts];
}

/** true when `needle`'s words stand as a run of whole words in `haystack` (both space-separated keys). */
function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}
