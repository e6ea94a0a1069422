/** The `#map=ZOOM/LAT/LNG` hash (OpenStreetMap's convention): parse, clamp, format. */

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 19;
/** Web Mercator's latitude limit, in degrees. */
export const MAX_LATITUDE = 85.05113;
const MIN_DECIMALS = 2; // coordinate decimals at world zoom (~1 km)
const MAX_DECIMALS = 5; // coordinate decimals at street zoom (~1 m)
const ZOOM_DECIMALS = 2; // fractional zoom kept, when a map uses one
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads `map=ZOOM/LAT/LNG` out of a location hash; null when absent or not three finite numbers.
 * Out-of-range values are clamped (zoom, latitude) or wrapped (longitude).
 * @example parseMapHash('#map=8/35.95283/39.00788') // { zoom: 8, lat: 35.95283, lng: 39.00788 }
 */
export function parseMapHash(hash: string): MapView | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (!part.startsWith('map=')) continue;
    const pieces = safeDecode(part.slice('map='.length)).split('/');
    if (pieces.length !== 3 || !pieces.every((p) => NUMBER.test(p))) return null;
    const [zoom, lat, lng] = pieces.map(Number) as [number, number, number];
    if (![zoom, lat, lng].every(Number.isFinite)) return null;
    return clampMapView({ zoom, lat, lng });
  }
  return null;
}

/** Clamps zoom and latitude into range and wraps longitude into [-180, 180]. */
export function clampMapView(view: MapView): MapView {
  return {
    zoom: clamp(view.zoom, MIN_ZOOM, MAX_ZOOM),
    lat: clamp(view.lat, -MAX_LATITUDE, MAX_LATITUDE),
    lng: wrapLongitude(view.lng),
  };
}

/**
 * Formats a view as `map=ZOOM/LAT/LNG` with 2–5 decimals, more as the zoom grows (OSM's rule of thumb).
 * @example formatMapHash({ zoom: 8, lat: 35.952831, lng: 39.007881 }) // 'map=8/35.953/39.008'
 */
export function formatMapHash(view: MapView): string {
  const decimals = decimalsForZoom(view.zoom);
  const zoom = Number(view.zoom.toFixed(ZOOM_DECIMALS));
  return `map=${zoom}/${trim(view.lat.toFixed(decimals))}/${trim(view.lng.toFixed(decimals))}`;
}

/** Coordinate decimals for a zoom level: ceil(log2(zoom)) within [2, 5]. */
export function decimalsForZoom(zoom: number): number {
  const wanted = zoom > 1 ? Math.ceil(Math.log2(zoom)) : MIN_DECIMALS;
  return clamp(wanted, MIN_DECIMALS, MAX_DECIMALS);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function wrapLongitude(lng: number): number {
  if (lng >= -180 && lng <= 180) return lng;
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/** '35.950' → '35.95', '39.000' → '39' — shorter links, same value. */
function trim(fixed: string): string {
  if (!fixed.includes('.')) return fixed;
  const out = fixed.replace(/0+$/, '').replace(/\.$/, '');
  return out === '-0' ? '0' : out;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
