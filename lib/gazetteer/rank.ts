/**
 * The order in which a gazetteer returns places: most populous first, with one exception — an admin-1 area named
 * after a city inside it (Aleppo governorate, Paris département, Deir ez-Zor governorate) ranks just after that
 * city, because a bare "Aleppo" in news means the city; "Aleppo province" is for the geoparser's type hint.
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
  const rankOf = (place: GazPlace): number => {
    const city = namesakes.get(place.id);
    return city === undefined ? place.population : Math.min(place.population, city - BELOW_NAMESAKE);
  };
  return entries
    .map((entry) => ({ entry, rank: rankOf(entry.place) }))
    .toSorted((a, b) => b.rank - a.rank || compareIds(a.entry.place.id, b.entry.place.id))
    .map(({ entry }) => entry);
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
