/** What kind of place a place is, in words a reader expects beside its name ("camp", "district"), or null for towns. */
import type { PlaceType } from '../geojson/schema';

/** Place types named beside the place; towns, cities and villages need no word. */
const KIND_BY_TYPE: Partial<Record<PlaceType, string>> = {
  continent: 'continent',
  region: 'region',
  country: 'country',
  admin1: 'province',
  admin2: 'district',
};

/**
 * The landmark word the gazetteer gives the place (GeoNames' feature: "refugee camp", "airbase", "border
 * crossing"), else a word for an administrative area, else null.
 * @example placeKind({ placeType: 'locality', feature: 'airbase' }) // 'airbase'
 * @example placeKind({ placeType: 'admin2', feature: null }) // 'district'
 */
export function placeKind(place: { placeType: PlaceType; feature?: string | null }): string | null {
  return place.feature ?? KIND_BY_TYPE[place.placeType] ?? null;
}
