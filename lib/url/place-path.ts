/**
 * The place route `/place/<id>`. Place feature ids are `place:<gazetteer id>` (`place:geonames:172955`); the path
 * drops the `place:` prefix and percent-encodes the rest (`/place/geonames%3A172955`). The route decodes it and
 * puts the prefix back, so `/place/geonames:172955`, `/place/geonames%3A172955` and
 * `/place/place%3Ageonames%3A172955` all open the same place.
 */
import { normalizeFeatureId } from './view-state';

const PLACE_PREFIX = 'place:';

/**
 * The path of a place's page.
 * @example placePath('place:geonames:172955') // '/place/geonames%3A172955'
 */
export function placePath(placeId: string): string {
  const short = placeId.startsWith(PLACE_PREFIX) ? placeId.slice(PLACE_PREFIX.length) : placeId;
  return `/place/${encodeURIComponent(short)}`;
}

/**
 * The place feature id from the route segment (decoded once more if still encoded), or null when invalid.
 * @example placeIdFromSegment('geonames%3A172955') // 'place:geonames:172955'
 */
export function placeIdFromSegment(segment: string): string | null {
  let value = segment;
  if (/%[0-9A-Fa-f]{2}/.test(value)) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  const id = normalizeFeatureId(value);
  if (id === null) return null;
  return id.startsWith(PLACE_PREFIX) ? id : PLACE_PREFIX + id;
}
