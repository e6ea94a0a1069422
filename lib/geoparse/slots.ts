/**
 * The working state of resolution: one slot per candidate with its ranked gazetteer options and, once a pass has
 * decided, the chosen place. Passes never mutate a slot; they return new slots.
 */
import type { GazPlace, Gazetteer } from '../gazetteer/types';
import type { Candidate } from './types';
import { looseKey } from '../gazetteer/normalize';
import { AREA_TYPES, contains, distanceKm, SETTLEMENT_TYPES, SOVEREIGN_TYPES } from './geo';

/** how many gazetteer entries of one name are weighed (most populous first) */
export const MAX_OPTIONS = 60;
/** prior bonus, in orders of magnitude of population, for a country, continent or region */
const SOVEREIGN_BONUS = 3;
/** prior bonus for an admin-1 area with no same-named settlement inside it */
const ADMIN1_BONUS = 1;
/** prior malus for an admin-1 area that shares its name with a settlement inside it ("Raqqa" means the city) */
const SHADOWED_ADMIN1_MALUS = -1;
/** a settlement namesake this many times an admin-1 area's population takes away the area's bonus */
const OUTGROWN_ADMIN1_RATIO = 5;
const ABBREVIATED_PREFIX = /^(St|Mt|Ft)\.?\s+/;
const PREFIX_EXPANSIONS: Readonly<Record<string, string>> = { St: 'Saint', Mt: 'Mount', Ft: 'Fort' };
/** a same-named settlement this close to an admin-1 area's representative point shadows it, in kilometres */
const SHADOW_MAX_KM = 250;
/**
 * prior malus for a district or landmark of a GeoNames country file (it has a `feature`) and for a minor village of
 * one: a bare name means the settlement of that name that cities500 knows; "X district", "X camp" reach the feature
 * through their cue
 */
const FEATURE_MALUS = -0.5;
/** a place found only by the romanisation-variant key is a guess at a spelling: its decisions count for less */
const VARIANT_CONFIDENCE_FACTOR = 0.8;

export interface Choice {
  place: GazPlace;
  resolvedBy: string;
  confidence: number;
}

export interface Slot {
  candidate: Candidate;
  /** options, best prior first */
  options: readonly GazPlace[];
  /** each option's prior score (see `priorScore`), same order as `options` */
  priors: readonly number[];
  /** true when the type hint removed some options */
  narrowedByHint: boolean;
  /**
   * true when neither the strict nor the loose key knows the name and the options come from the romanisation-variant
   * key: such a slot needs context (a containing place, the article's focus, places near it) to be decided, never
   * a prior alone, and lends no evidence to other names while open.
   */
  variant: boolean;
  choice: Choice | null;
}

/**
 * Looks a candidate up (at most MAX_OPTIONS namesakes), keeps those its type hint and the feature words around it
 * (`featuresOf`, feature-cues.ts) select, and ranks them by the prior; null when none is usable.
 * @example makeSlot(candidateFor('Georgia'), gazetteer)?.options[0]?.placeType // 'country'
 */
export function makeSlot(
  candidate: Candidate,
  gazetteer: Gazetteer,
  featuresOf: () => ReadonlySet<string> | null = () => null,
  /** the name follows another after a comma or parenthesis ("Zamanly, Gadabay"): it is written as a container */
  asContainer = false,
): Slot | null {
  const names = [candidate.lookup, ...expandedVariant(candidate.lookup)];
  const found = searchAll(names, gazetteer);
  let options = dropAliasOnlySettlements(names, found, asContainer);
  if (candidate.demonym) options = options.filter((place) => AREA_TYPES.has(place.placeType));
  // the fallback: a spelling the strict and loose keys do not know ("Kfar Nabl" for Kafr Nabl)
  const variant = options.length === 0 && !candidate.demonym;
  if (variant) options = gazetteer.searchVariants?.(candidate.lookup, { limit: MAX_OPTIONS }) ?? [];
  const hinted = narrowByFeature(narrowByHint(options, candidate.typeHint), featuresOf);
  if (hinted.length === 0) return null;
  const ranked = rankByPrior(hinted, found);
  return {
    candidate,
    options: ranked.map((entry) => entry.place),
    priors: ranked.map((entry) => entry.score),
    narrowedByHint: hinted.length < options.length,
    variant,
    choice: null,
  };
}

/** true when a slot may lend its namesakes as evidence to other names: decided, or found by the strict or loose key. */
export function speaks(slot: Slot): boolean {
  return slot.choice !== null || !slot.variant;
}

/** The prior of one option among its namesakes (in the gazetteer's search order): log population plus type bonuses. */
export function priorScore(place: GazPlace, namesakes: readonly GazPlace[], aliasHolders: readonly GazPlace[] = []): number {
  const base = Math.log10(place.population + 1);
  if (SOVEREIGN_TYPES.has(place.placeType)) return base + SOVEREIGN_BONUS;
  if (place.feature !== undefined || place.minor === true) return base + FEATURE_MALUS;
  if (place.placeType === 'admin1') {
    const rank = namesakes.indexOf(place);
    const shadowed = namesakes.some(
      (other, otherRank) =>
        SETTLEMENT_TYPES.has(other.placeType) &&
        other.countryCode === place.countryCode &&
        (other.admin1 === place.admin1 || distanceKm(other.coordinates, place.coordinates) <= SHADOW_MAX_KM ||
          // the gazetteer ranks an area after a more salient namesake settlement (a national capital: Washington)
          otherRank < rank),
    ) ||
      // a city known by the name only as an alternate ("Santiago" for Santiago de los Caballeros) still names its area
      aliasHolders.some((other) => SETTLEMENT_TYPES.has(other.placeType) && other.countryCode === place.countryCode && other.admin1 === place.admin1);
    // a province is no likelier than a city abroad several times its size ("Manchester" is the English city, not
    // the Jamaican parish)
    const outgrown = namesakes.some((other) =>
      SETTLEMENT_TYPES.has(other.placeType) && other.population > place.population * OUTGROWN_ADMIN1_RATIO);
    return base + (shadowed ? SHADOWED_ADMIN1_MALUS : outgrown ? 0 : ADMIN1_BONUS);
  }
  return base;
}

function rankByPrior(options: readonly GazPlace[], found: readonly GazPlace[] = options): Array<{ place: GazPlace; score: number }> {
  const dropped = found.filter((place) => !options.includes(place));
  const scored = options.map((place, index) => ({ place, index, score: priorScore(place, options, dropped) }));
  return scored.toSorted((a, b) => b.score - a.score || a.index - b.index);
}

/** "St. Petersburg" is also "Saint Petersburg" (Mt. → Mount, Ft. → Fort). */
function expandedVariant(lookup: string): string[] {
  const match = ABBREVIATED_PREFIX.exec(lookup);
  const full = match?.[1] === undefined ? undefined : PREFIX_EXPANSIONS[match[1]];
  return match === null || full === undefined ? [] : [`${full} ${lookup.slice(match[0].length)}`];
}

/** The namesakes of every spelling, merged by id, most populous spelling's order kept. */
function searchAll(names: readonly string[], gazetteer: Gazetteer): readonly GazPlace[] {
  const seen = new Set<string>();
  const merged: GazPlace[] = [];
  for (const name of names) {
    for (const place of gazetteer.search(name, { limit: MAX_OPTIONS })) {
      if (!seen.has(place.id)) merged.push(place);
      seen.add(place.id);
    }
  }
  return merged;
}

/**
 * When some namesake carries the name as its own, settlements that only list it among alternate names (a village
 * once called "Paris") are dropped; areas keep theirs ("Burma" still finds Myanmar). A minor village (country file,
 * no population) carrying the name does not count: a village named "Tabqa" leaves the town of Ath Thawrah, also
 * called Tabqa, to the prior.
 */
function dropAliasOnlySettlements(names: readonly string[], options: readonly GazPlace[], asContainer: boolean): readonly GazPlace[] {
  const keys = new Set(names.map(looseKey));
  const own = options.map((place) => keys.has(looseKey(place.name)));
  if (!options.some((place, index) => own[index] === true && place.minor !== true)) return options;
  const largestOwn = Math.max(...options.map((place, index) => (own[index] === true ? place.population : 0)));
  // a landmark's bare name ("al Hawl" of Mukhayyam al Hawl) is its own name too; a city's short name ("Pachuca" of
  // Pachuca de Soto) still means the city beside hamlets that bear it in full
  // … and a city known in English by its province's name ("in Gomel" for Homyel', "in Durango" for Victoria de
  // Durango) names both, unless written as another place's container ("Zamanly, Gadabay"); where English is the
  // local language ("New York") the alternate name is no exonym
  const provinces = asContainer ? [] : options.filter((place, index) => own[index] === true &&
    place.placeType === 'admin1' && !ENGLISH_NAMED_COUNTRIES.has(place.countryCode ?? ''));
  return options.filter((place, index) =>
    own[index] === true || !SETTLEMENT_TYPES.has(place.placeType) || place.feature !== undefined ||
    provinces.some((area) => contains(area, place)) ||
    (isShortNameOf(keys, place) &&
      place.population >= Math.max(SHORT_NAME_CITY_MIN_POPULATION, (largestOwn + 1) * SHORT_NAME_CITY_POPULATION_RATIO)));
}

/** "Pachuca" of "Pachuca de Soto": the name is the first words of the place's own name */
function isShortNameOf(keys: ReadonlySet<string>, place: GazPlace): boolean {
  const own = looseKey(place.name);
  return [...keys].some((key) => own.startsWith(`${key} `));
}

/** countries whose places are named in English locally: an English alternate name there is a former or other name */
const ENGLISH_NAMED_COUNTRIES: ReadonlySet<string> = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
/** a city known by an alternate short name outweighs namesakes bearing it as their own from this size … */
const SHORT_NAME_CITY_MIN_POPULATION = 20_000;
/** … and this many times their size */
const SHORT_NAME_CITY_POPULATION_RATIO = 10;

/**
 * "al-Hol camp": the namesakes of a feature the words around the name select, when there are any (the words are
 * read only when some namesake has a feature, i.e. comes from a GeoNames country file).
 */
function narrowByFeature(options: readonly GazPlace[], featuresOf: () => ReadonlySet<string> | null): readonly GazPlace[] {
  if (!options.some((place) => place.feature !== undefined)) return options;
  const features = featuresOf();
  if (features === null) return options;
  const kept = options.filter((place) => place.feature !== undefined && features.has(place.feature));
  return kept.length > 0 ? kept : options;
}

function narrowByHint(options: readonly GazPlace[], hint: Candidate['typeHint']): readonly GazPlace[] {
  if (hint === null) return options;
  const wanted = hint === 'area' ? AREA_TYPES : SETTLEMENT_TYPES;
  const kept = options.filter((place) => wanted.has(place.placeType));
  return kept.length > 0 ? kept : options;
}

/** A copy of `slot` decided by `choice` (undecided slots only; a decided slot is returned as is). */
export function decide(slot: Slot, place: GazPlace, resolvedBy: string, confidence: number): Slot {
  if (slot.choice !== null) return slot;
  return { ...slot, choice: { place, resolvedBy, confidence: slot.variant ? confidence * VARIANT_CONFIDENCE_FACTOR : confidence } };
}
