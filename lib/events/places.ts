/**
 * Which place an event happened at: the sentence's place mentions (plus "the city" resolved to the article's
 * salient settlement), scored by specificity, by a locative preposition before them ("in", "at", "near") and by
 * closeness to the trigger. A country gives way when a town or province is present.
 */
import { MONTHS, WEEKDAYS } from './calendar';
import type { GazPlace } from '../gazetteer/types';
import type { PlaceType } from '../geojson/schema';
import { AREA_TYPES, SETTLEMENT_TYPES, contains, distanceKm } from '../geoparse/geo';
import type { ResolvedMention } from '../geoparse/types';
import type { Sentence } from '../text/types';
import type { PlaceRef } from './routes';
import { findDefiniteDescriptions, salientSettlementBefore } from './salience';

const SPECIFICITY: Readonly<Record<PlaceType, number>> = {
  locality: 3,
  village: 3,
  town: 3,
  city: 3,
  admin2: 2.5,
  admin1: 2,
  country: 1,
  region: 0,
  continent: 0,
};
const GENERAL_TYPES: ReadonlySet<PlaceType> = new Set(['country', 'region', 'continent']);
/** a locative right before the name: "in Raqqa", "at the town of Mayadeen", "near the city of" ("of" alone is none: "villages of X") */
const LOCATIVE_BEFORE =
  /\b(?:(?:in|at|on|near|into|outside|around|across|inside)\s+(?:the\s+)?(?:(?:town|city|village|province|district|region|area)\s+of\s+)?|(?:town|city|village|province|district|region|area|outskirts|countryside)\s+of\s+)$/i;
const LOCATIVE_BONUS = 2;
/** "settlers from the Efrat settlement", "fighters coming from Idlib": where the actors came from, not where it happened */
const ORIGIN_BEFORE = /(?:\b(?:settlers|fighters|militants|residents|people|members|men|forces|troops|migrants|refugees|workers)\s+(?:\w+\s+)?from|\bcoming from|\bbased in)\s+(?:the\s+)?$/i;
const ORIGIN_PENALTY = 2;
/** score lost per character between the trigger and the place */
const DISTANCE_PENALTY_PER_CHAR = 0.01;
/** the most the distance penalty may take, so a far locative place still beats a near general one */
const MAX_DISTANCE_PENALTY = 1.5;
/** a place inside another place of the sentence is the more specific one ("Kansafra in … Idleb") */
const NESTED_BONUS = 2;
/** how far after a place its container may be written, in characters ("Vesele, Donetsk"; "Bir Basha (Al Mudhaffar, Taizz)") */
const CONTAINER_WINDOW_CHARS = 60;
/**
 * what may stand between a place and its container: commas, brackets and a few lower-case or area words, after
 * at most one capitalised adjective ("the Rashidiya Palestinian refugee camp in Tyr")
 */
const CONTAINER_GAP =
  /^(?:\s+\p{Lu}\p{Ll}+(?=\s+\p{Ll}))?(?:\s+\p{Ll}+){0,2}\s*(?:,\s*|\(\s*(?:[^().;]*,\s*)?|,?\s*(?:in|of|near)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,3}(?:of\s+)?)$/u;
/** the next word when it is capitalised and follows the name after one space ("Colonia Pemex") */
const NEXT_NAME_WORD = /^ (\p{Lu}\p{Ll}+)\b/u;
const NEXT_WORD_CHARS = 30;
/** capitalised words that may follow a place's name without making it part of a longer one */
const NAME_CONTINUATION_OK: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'province', 'governorate', 'district', 'state', 'region', 'city', 'town', 'village', 'oblast', 'county',
  'municipality', 'department', 'prefecture', 'division', 'camp', 'area', 'valley', 'front', 'countryside',
  'police', 'army', 'forces', 'military', 'government', 'authorities', 'residents', 'protesters', 'and', 'on',
]);
/** a name right before these words names a street or a building, not where the event is ("Murree road") */
const FACILITY_AFTER =
  /^\s+(?:road|street|avenue|highway|boulevard|bridge|square|hospital|university|college|school|company|office|airport|stadium|mosque|church|market|mall|bank|prison|jail|station|camp|hotel)\b/i;
/** a resolution this sure needs no container to confirm it: the name has one place in the world */
const SURE_PASSES: ReadonlySet<string> = new Set(['unique-name', 'containing-place']);
/** people from which a place's own name outweighs a province written beside it that does not contain it */
const KNOWN_TOWN_POPULATION = 10_000;
/** a place outside the article's country with fewer people than this is taken for a namesake (people) */
const STRAY_MAX_POPULATION = 500_000;
/** weight of a sentence's places a country needs to be the sentence's (a province, or two settlements) */
const MIN_SENTENCE_WEIGHT = 1.5;
/** a province or district counts more than a settlement: it is written to say where */
const AREA_WEIGHT = 1.5;
/** a place the text itself confirmed (inside a container it names) counts more */
const CONFIRMED_BONUS = 0.5;
const NO_HINTS: ReadonlyMap<string, number> = new Map();
/** weight of mentions a country needs to be the article's focus */
const MIN_FOCUS_WEIGHT = 3;
/** places that must agree against a settlement for it to be an outlier: with one, either could be the namesake */
const MIN_OUTLIER_WITNESSES = 2;
/** a settlement this far from every other place of its sentence (which agree among themselves) is a namesake, km */
const OUTLIER_KM = 400;
/** a settlement this far from a bigger place written as its container is a namesake, km */
const NEAR_CONTAINER_KM = 100;
/** slack around an area's outline box, degrees */
const BOX_MARGIN_DEG = 0.3;
/** "near X", "outskirts of X", "countryside of X", "the area of X": the event is around the place, not at it */
const APPROXIMATE_BEFORE =
  /\b(?:near|nearby|close to|outside|outskirts of|vicinity of|countryside of|rural|around|area of|areas of|surroundings of|between|front|frontline|axis|direction of|(?:north|south|east|west)(?:ern)?\s+(?:part|side|countryside|outskirts|suburbs?|of)|km|kilometres|kilometers|miles)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:of\s+)?$/i;
/** "X countryside", "X front", "X outskirts" */
const APPROXIMATE_AFTER = /^\s+(?:countryside|front|frontline|outskirts|suburbs|area|axis|district|region)\b/i;
/** an unresolved capitalised name right before the area: "in Vodyane, Donetsk", "Erkech village (Todan, Goranboy" */
const UNKNOWN_PLACE_BEFORE = /\b(?:in|at|near|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'-]+\s+){1,3}(?:[a-z]+\s+)?[,(]\s*(?:[^,()]*,\s*)?$/u;

/**
 * The places of one sentence with offsets relative to it: its own mentions and its "the city" references.
 * `mentions` must be sorted by start.
 */
export function placesInSentence(sentence: Sentence, mentions: readonly ResolvedMention[]): PlaceRef[] {
  const own: PlaceRef[] = mentions
    .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
    .map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start, mention: m, anaphoric: false }));
  const anaphoric: PlaceRef[] = findDefiniteDescriptions(sentence.text).flatMap((d) => {
    const overlaps = own.some((p) => p.start < d.end && d.start < p.end);
    const referent = overlaps ? null : salientSettlementBefore(mentions, sentence.start + d.start);
    return referent === null ? [] : [{ start: d.start, end: d.end, mention: referent, anaphoric: true }];
  });
  return [...own, ...anaphoric].toSorted((a, b) => a.start - b.start);
}

/**
 * The best place for an event whose trigger is at `at` in `text`, or null when the sentence names none.
 * @example bestPlace('They retook the town of Mayadeen.', places, 5)?.mention.text // 'Mayadeen'
 */
export function bestPlace(text: string, places: readonly PlaceRef[], at: number): PlaceRef | null {
  return placeEvent(text, places, at)?.ref ?? null;
}

/**
 * Where an event happened, by ACLED's rule — the most specific place the report names for it — and how precisely
 * (ACLED geo_precision). Places that contradict the place written around them are passed over ("Pisky, Donetsk"
 * resolved to a Pisky far from Donetsk), a place inside another named beside it wins over it ("Kansafra in the
 * countryside of Idleb"), and a locative before a name ("in", "near") and closeness to the trigger break ties.
 * Precision: 1 at a settlement; 2 "near" or "outside" it, at a district, or at a province when the sentence
 * names a smaller place the gazetteer does not know; 3 a province or country.
 * `focus` is the country the article is about (see `articleCountry`): small places elsewhere are namesakes.
 * @example placeEvent('Clashes near Kansafra in the countryside of Idleb.', places, 0)?.precision // 2
 */
export function placeEvent(
  text: string,
  places: readonly PlaceRef[],
  at: number,
  focus: string | null = null,
  countryHints: ReadonlyMap<string, number> = NO_HINTS,
): { ref: PlaceRef; precision: 1 | 2 | 3 } | null {
  const named = places.filter(
    (p) => !p.mention.demonym && !FACILITY_AFTER.test(text.slice(p.end, p.end + 20)) && !partOfLongerName(text, p, places),
  );
  const coherentPlaces = coherent(named, focus, countryHints);
  // every place of the sentence lies outside the country the article is about: namesakes, not where it happened
  if (focus !== null && coherentPlaces.length === 0 && named.length > 0) return null;
  const plausible = coherentPlaces.filter((p) => consistentWithContainer(text, p, coherentPlaces));
  const candidates = plausible.length > 0 ? plausible : coherentPlaces.length > 0 ? coherentPlaces : places;
  const specific = candidates.filter((p) => !GENERAL_TYPES.has(p.mention.place.placeType));
  const pool = specific.length > 0 ? specific : candidates;
  let best: { ref: PlaceRef; score: number } | null = null;
  for (const ref of pool) {
    const distance = ref.start >= at ? ref.start - at : at - ref.end;
    const before = text.slice(Math.max(0, ref.start - 40), ref.start);
    const locative = LOCATIVE_BEFORE.test(before) ? LOCATIVE_BONUS : ORIGIN_BEFORE.test(before) && pool.length > 1 ? -ORIGIN_PENALTY : 0;
    const nested = pool.some((other) => other !== ref && inside(ref.mention.place, other.mention.place)) ? NESTED_BONUS : 0;
    const score =
      SPECIFICITY[ref.mention.place.placeType] +
      locative +
      nested -
      Math.min(MAX_DISTANCE_PENALTY, Math.abs(distance) * DISTANCE_PENALTY_PER_CHAR);
    if (best === null || score > best.score) best = { ref, score };
  }
  return best === null ? null : { ref: best.ref, precision: precisionOf(text, best.ref) };
}

/**
 * True when the name runs on into capitalised words that are no place of the sentence, no date and no area word,
 * and it lies in another country than the sentence's other places: "Colonia Agricola Pantitlan" (Mexico City) is a
 * neighbourhood the gazetteer lacks, not the Uruguayan department Colonia.
 */
function partOfLongerName(text: string, ref: PlaceRef, places: readonly PlaceRef[]): boolean {
  const next = NEXT_NAME_WORD.exec(text.slice(ref.end, ref.end + NEXT_WORD_CHARS));
  if (next === null) return false;
  const word = next[1] as string;
  if (NAME_CONTINUATION_OK.has(word.toLowerCase()) || (MONTHS as readonly string[]).includes(word.toLowerCase())) return false;
  const at = ref.end + (next.index ?? 0) + (next[0].length - word.length);
  if (places.some((p) => p.start <= at && at < p.end)) return false;
  // "Jos North", "Tonj South" are parts of the place; only a name of another country than the sentence's other
  // places is a namesake of the longer one
  const cc = ref.mention.place.countryCode;
  return places.some((p) => p !== ref && !p.mention.demonym && p.mention.place.countryCode !== null && p.mention.place.countryCode !== cc);
}

/** a settlement's precision from the words before it; an area's from its type and from what it stands in for */
function precisionOf(text: string, ref: PlaceRef): 1 | 2 | 3 {
  const type = ref.mention.place.placeType;
  const before = text.slice(Math.max(0, ref.start - 60), ref.start);
  if (SETTLEMENT_TYPES.has(type)) return APPROXIMATE_BEFORE.test(before) || APPROXIMATE_AFTER.test(text.slice(ref.end, ref.end + 30)) ? 2 : 1;
  if (type === 'admin2') return 2;
  if (type === 'admin1' && UNKNOWN_PLACE_BEFORE.test(before)) return 2;
  return 3;
}

/**
 * False when the place written right after this one ("X, Y", "X (Z, Y)", "X in the countryside of Y") is an area
 * that does not hold it, or a settlement far from it: one of the two was resolved to a namesake, and the area
 * or the bigger place is the one to trust.
 */
function consistentWithContainer(text: string, ref: PlaceRef, places: readonly PlaceRef[]): boolean {
  const container = places.find(
    (other) => other.start >= ref.end && other.start - ref.end <= CONTAINER_WINDOW_CHARS && CONTAINER_GAP.test(text.slice(ref.end, other.start)),
  );
  if (container === undefined || container.mention.place.id === ref.mention.place.id) return true;
  const inner = ref.mention.place;
  const outer = container.mention.place;
  // A name with one place in the gazetteer is sure only inside its container's country: in another country it is
  // the one namesake the gazetteer holds of a place it lacks ("Savar, Dhaka" is not Sävar in Sweden).
  // Inside its country it is sure, a town more than the province written beside it; but a village outside the area
  // written as its container is a namesake ("Khogyani district, Nangarhar" is not the Khogyani three provinces away).
  const area = outer.area ?? null;
  const known = area === null || inner.population >= KNOWN_TOWN_POPULATION;
  // a town written beside a bigger town far away ("Jalalpur, Shamli" 600 km off) is a namesake however unique its
  // name in the gazetteer: the gazetteer holds only a part of the world's places
  const smallerTownFarOff =
    area === null && SETTLEMENT_TYPES.has(outer.placeType) && inner.population <= outer.population &&
    distanceKm(inner.coordinates, outer.coordinates) > NEAR_CONTAINER_KM;
  if (SURE_PASSES.has(ref.mention.resolvedBy) && inner.countryCode === outer.countryCode && known && !smallerTownFarOff) return true;
  if (outer.placeType === 'country' || outer.placeType === 'region' || outer.placeType === 'continent') {
    return outer.countryCode === null || outer.countryCode === inner.countryCode;
  }
  if (area !== null) return withinBox(inner.coordinates, area.bbox, BOX_MARGIN_DEG) || contains(outer, inner);
  return distanceKm(inner.coordinates, outer.coordinates) <= NEAR_CONTAINER_KM;
}

/**
 * The places of a sentence that agree with each other: those of the sentence's main country (when some other
 * country's settlement is a lone stray), and no settlement hundreds of km from all the others.
 */
function coherent(places: readonly PlaceRef[], focus: string | null, countryHints: ReadonlyMap<string, number>): PlaceRef[] {
  const main = focus ?? sentenceCountry(places, countryHints);
  const strays = (p: PlaceRef): boolean => {
    const place = p.mention.place;
    if (GENERAL_TYPES.has(place.placeType)) return false;
    // a province of another country is no place of the event; a small settlement there is a namesake
    const area = place.placeType === 'admin1' || place.placeType === 'admin2';
    if (main !== null && place.countryCode !== main && (area || place.population < STRAY_MAX_POPULATION)) return true;
    if (!SETTLEMENT_TYPES.has(place.placeType) || SURE_PASSES.has(p.mention.resolvedBy)) return false;
    const others = places.filter((o) => o !== p && o.mention.place.id !== place.id && !GENERAL_TYPES.has(o.mention.place.placeType));
    return others.length >= MIN_OUTLIER_WITNESSES && others.every((o) => distanceKm(o.mention.place.coordinates, place.coordinates) > OUTLIER_KM);
  };
  return places.filter((p) => !strays(p));
}

/**
 * The country the sentence's places point to: provinces and districts weigh more than settlements (they are
 * written to say where), places confirmed by their container more again; the heaviest country wins when it
 * outweighs every other.
 */
function sentenceCountry(places: readonly PlaceRef[], countryHints: ReadonlyMap<string, number>): string | null {
  // the countries of the armed groups the article names count as one settlement each, at most
  const weights = new Map<string, number>([...countryHints].map(([cc, w]) => [cc, Math.min(w, 1)]));
  for (const p of places) {
    const { countryCode: cc, placeType } = p.mention.place;
    if (cc === null || p.mention.demonym) continue;
    const weight = placeType === 'admin1' || placeType === 'admin2' ? AREA_WEIGHT : GENERAL_TYPES.has(placeType) ? 0 : 1;
    const confirmed = p.mention.resolvedBy === 'containing-place' ? CONFIRMED_BONUS : 0;
    weights.set(cc, (weights.get(cc) ?? 0) + weight + confirmed);
  }
  const [first, second] = [...weights].toSorted((a, b) => b[1] - a[1]);
  if (first === undefined || first[1] < MIN_SENTENCE_WEIGHT) return null;
  return second !== undefined && second[1] === first[1] ? null : first[0];
}

/**
 * The country an article is about: the one most of its place mentions lie in (provinces and districts weigh
 * double: they are written to say where; demonyms name who acted, not where), when it holds at least half of the weight; null for an article about several countries.
 * @example articleCountry(mentions) // 'ML'
 */
export function articleCountry(mentions: readonly ResolvedMention[], countryHints: ReadonlyMap<string, number> = NO_HINTS): string | null {
  // every mention of an armed group counts for the countries it fights in, as a settlement does for its own
  const weights = new Map<string, number>(countryHints);
  let total = [...countryHints.values()].reduce((sum, w) => sum + w, 0);
  for (const m of mentions) {
    const cc = m.place.countryCode;
    if (cc === null || m.demonym) continue; // "Saudi forces", "Turkish drones": who acted, not where
    const weight = m.place.placeType === 'admin1' || m.place.placeType === 'admin2' ? 2 : 1;
    weights.set(cc, (weights.get(cc) ?? 0) + weight);
    total += weight;
  }
  const [main, weight] = [...weights].toSorted((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return main !== null && weight >= MIN_FOCUS_WEIGHT && weight * 2 >= total ? main : null;
}

/** `inner` lies in the area `outer` (by admin codes or its outline's box) */
function inside(inner: GazPlace, outer: GazPlace): boolean {
  if (!AREA_TYPES.has(outer.placeType) || inner.id === outer.id) return false;
  if (contains(outer, inner)) return true;
  return outer.area !== null && outer.area !== undefined && SETTLEMENT_TYPES.has(inner.placeType) && withinBox(inner.coordinates, outer.area.bbox, 0);
}

function withinBox([lng, lat]: readonly [number, number], [west, south, east, north]: readonly number[], margin: number): boolean {
  return lng >= (west ?? 0) - margin && lng <= (east ?? 0) + margin && lat >= (south ?? 0) - margin && lat <= (north ?? 0) + margin;
}
