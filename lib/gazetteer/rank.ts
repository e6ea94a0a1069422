/**
 * The order in which a gazetteer returns places: most populous first, with two exceptions — an admin-1 area named
 * after a city inside it (Aleppo governorate, Paris département, Deir ez-Zor governorate) ranks just after that
 * city, because a bare "Aleppo" in news means the city ("Aleppo province" is for the geoparser's type hint); and an
 * admin-1 area named like a national capital (Washington State) ranks just after that capital.
 */
import type { GazPlace } from './types';
import type { NamedPlace } from './sources/geonames';
import { nameKey } from './normalize';

/** Half a person: ranks the area right after its namesake city without tying with it. */
const BELOW_NAMESAKE = 0.5; // people

/**
 * Places in search order (a new array; inputs untouched).
 * @example rankPlaces(entries)[0]?.place.id
 */
export function rankPlaces(entries: readonly NamedPlace[]): NamedPlace[] {
  const namesakes = namesakeCityPopulation(entries.map((entry) => entry.place));
  const capitals = capitalPopulationByKey(entries);
  const rankOf = (place: GazPlace): number => {
    let rank = place.population;
    const city = namesakes.get(place.id);
    if (city !== undefined) rank = Math.min(rank, city - BELOW_NAMESAKE);
    const capital = place.placeType === 'admin1' ? capitals.get(nameKey(place.name)) : undefined;
    if (capital !== undefined) rank = Math.min(rank, capital - BELOW_NAMESAKE);
    return rank;
  };
  return entries
    .map((entry) => ({ entry, rank: rankOf(entry.place) }))
    .toSorted((a, b) => b.rank - a.rank || compareIds(a.entry.place.id, b.entry.place.id))
    .map(({ entry }) => entry);
}

/** A national capital at least this big outranks same-named admin-1 areas of other countries. */
const CAPITAL_MIN_POPULATION = 100_000; // people

/**
 * name key → population of the biggest national capital of that name: a bare "Washington" or "Santiago" in news
 * means the capital rather than Washington State or the Dominican province of Santiago.
 */
function capitalPopulationByKey(entries: readonly NamedPlace[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { place, capital } of entries) {
    if (!capital || place.population < CAPITAL_MIN_POPULATION) continue;
    const key = nameKey(place.name);
    out.set(key, Math.max(out.get(key) ?? 0, place.population));
  }
  return out;
}

/**
 * admin-1 id → population of the most populous settlement of the same country and name inside its bbox.
 * (The bbox, not the admin-1 code: Natural Earth's French départements carry GeoNames region codes.)
 */
function namesakeCityPopulation(places: readonly GazPlace[]): Map<string, number> {
  const areas = new Map<string, GazPlace[]>();
  for (const place of places) {
    if (place.placeType !== 'admin1' || !place.countryCode) continue;
    const key = `${place.countryCode}|${nameKey(place.name)}`;
    areas.set(key, [...(areas.get(key) ?? []), place]);
  }
  const out = new Map<string, number>();
  if (areas.size === 0) return out;
  for (const place of places) {
    if (!isSettlement(place) || !place.countryCode) continue;
    for (const area of areas.get(`${place.countryCode}|${nameKey(place.name)}`) ?? []) {
      if (!contains(area, place.coordinates)) continue;
      out.set(area.id, Math.max(out.get(area.id) ?? 0, place.population));
    }
  }
  return out;
}

/** Inside the area's bbox, or in the same admin-1 when the area has no bbox (e.g. in test fixtures). */
function contains(area: GazPlace, [lng, lat]: readonly [number, number]): boolean {
  if (!area.area) return true;
  const [w, s, e, n] = area.area.bbox;
  return lng >= w && lng <= e && lat >= s && lat <= n;
}

function isSettlement(place: GazPlace): boolean {
  return place.placeType === 'city' || place.placeType === 'town' || place.placeType === 'village';
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
