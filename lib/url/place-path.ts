/**
 * The place route `/place/<id>`. Place ids contain ':' (`geonames:172955`, `ne:SYR-142`); the link percent-encodes
 * the whole id (`/place/geonames%3A172955`) and the route decodes it, so both the encoded and the literal ':' form
 * open the same place.
 */
import { normalizeFeatureId } from './view-state';

/**
 * The path of a place's page.
 * @example placePath('geonames:172955') // '/place/geonames%3A172955'
 */
export function placePath(placeId: string): string {
  return `/place/${encodeURIComponent(placeId)}`;
}

/** The place id from the route segment (decoded once more if still encoded), or null when it is not a valid id. */
export function placeIdFromSegment(segment: string): string | null {
  let value = segment;
  if (/%[0-9A-Fa-f]{2}/.test(value)) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return normalizeFeatureId(value);
}
