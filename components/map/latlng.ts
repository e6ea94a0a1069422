/**
 * The one place where GeoJSON's [lng, lat] becomes Leaflet's [lat, lng] (lib/ and geodata/ are [lng, lat] only).
 */
import type { LatLngBoundsLiteral, LatLngTuple } from 'leaflet';

/** [lng, lat] → Leaflet [lat, lng]. */
export function toLatLng(position: readonly [number, number] | readonly number[]): LatLngTuple {
  const [lng, lat] = position;
  if (lng === undefined || lat === undefined) throw new Error(`Position needs [lng, lat]: ${JSON.stringify(position)}`);
  return [lat, lng];
}

/** A GeoJSON bbox [west, south, east, north] → Leaflet bounds [[south, west], [north, east]]. */
export function bboxToLatLngBounds(bbox: readonly [number, number, number, number]): LatLngBoundsLiteral {
  const [west, south, east, north] = bbox;
  return [toLatLng([west, south]), toLatLng([east, north])];
}
