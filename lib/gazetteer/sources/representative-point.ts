/**
 * One representative point per area, the same rule for countries and admin-1 areas: the centre of mass of the
 * largest polygon (its main landmass), as gazetteers such as GeoNames place an area — the US at the middle of the
 * lower 48, not in Alaska; Russia west of the Urals' far side, not on an Arctic island.
 */
import { area as turfArea, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, Geometry, Polygon, Position } from 'geojson';

export interface SizedPolygon {
  polygon: Feature<Polygon>;
  /** square metres */
  size: number;
}

/**
 * The polygons of a (multi)polygon geometry with their areas, largest first; none for other geometries.
 * @example polygonsBySize(feature.geometry)[0]?.polygon
 */
export function polygonsBySize(geometry: Geometry): SizedPolygon[] {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return rings
    .map((coordinates) => {
      const polygon: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
      return { polygon, size: turfArea(polygon) };
    })
    .toSorted((a, b) => b.size - a.size);
}

/**
 * The centre of mass of `polygon`, or a point on it when the centre lies outside (a crescent-shaped area).
 * @example representativePoint(polygonsBySize(geometry)[0].polygon) // [lng, lat]
 */
export function representativePoint(polygon: Feature<Polygon>): Position {
  const centre = centerOfMass(polygon).geometry.coordinates;
  return booleanPointInPolygon(centre, polygon) ? centre : pointOnFeature(polygon).geometry.coordinates;
}
