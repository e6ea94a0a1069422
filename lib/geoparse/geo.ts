/** Small geographic helpers for disambiguation: distance, place kinds, containment. */
import type { GazPlace } from '../gazetteer/types';
import type { PlaceType } from '../geojson/schema';

const EARTH_RADIUS_KM = 6371.0088;
const DEGREES_TO_RADIANS = Math.PI / 180;

export const AREA_TYPES: ReadonlySet<PlaceType> = new Set(['continent', 'region', 'country', 'admin1', 'admin2']);
export const SETTLEMENT_TYPES: ReadonlySet<PlaceType> = new Set(['city', 'town', 'village', 'locality']);
/** places big enough to speak for a whole country or region */
export const SOVEREIGN_TYPES: ReadonlySet<PlaceType> = new Set(['continent', 'region', 'country']);

/**
 * Great-circle distance in kilometres between two [lng, lat] points.
 * @example distanceKm([2.35, 48.86], [-0.13, 51.51]) // ≈ 344
 */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = (b[1] - a[1]) * DEGREES_TO_RADIANS;
  const dLng = (b[0] - a[0]) * DEGREES_TO_RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a[1] * DEGREES_TO_RADIANS) * Math.cos(b[1] * DEGREES_TO_RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * True when `outer` (a country or admin-1 area) contains `inner`, by codes.
 * @example contains(syria, raqqa) // true
 */
export function contains(outer: GazPlace, inner: GazPlace): boolean {
  if (outer.id === inner.id || outer.countryCode === null || outer.countryCode !== inner.countryCode) return false;
  if (outer.placeType === 'country') return inner.placeType !== 'country';
  if (outer.placeType === 'admin1') {
    return outer.admin1 !== null && inner.admin1 === outer.admin1 && inner.placeType !== 'admin1';
  }
  return false;
}

/** "US.13" — the key of the admin-1 area a place lies in, or null. */
export function admin1Key(place: GazPlace): string | null {
  return place.countryCode !== null && place.admin1 !== null ? `${place.countryCode}.${place.admin1}` : null;
}
