/**
 * Web Mercator as Leaflet draws it (EPSG:3857): global pixels of a [lng, lat] at a zoom, the world 256 px wide at
 * zoom 0. One place for the formula the basemap's geometry, its label placement and the browser tests all use.
 */

/** Width of the world at zoom 0, px. */
export const WORLD_PX = 256;
/** Web Mercator's latitude limit, degrees: latitudes beyond are drawn at the edge. */
export const MAX_LAT = 85.0511287798;

/**
 * Global pixels of [lng, lat] at `zoom` (Leaflet's map.project), latitude clamped to ±MAX_LAT.
 * @example toPixels(-180, 0, 0) // [0, 128]
 */
export function toPixels(lng: number, lat: number, zoom: number): [number, number] {
  const world = WORLD_PX * 2 ** zoom;
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return [(lng / 360 + 0.5) * world, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world];
}
