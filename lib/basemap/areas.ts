/**
 * Areas the map can outline for low-precision events: an admin-1 polygon keyed by Natural Earth `adm1_code`
 * ("SYR-142") or a country keyed by ISO 3166-1 alpha-2 ("SY"), cut out of the admin topology.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { ADMIN_OBJECTS } from './schema';
import type { Admin1Props, CountryProps, Topo } from './schema';

export const AREA_LAYERS = ['admin1', 'country'] as const;
export type AreaLayer = (typeof AREA_LAYERS)[number];

/** Shape of an area key: adm1_code ("SYR-142", a few like "GAZ+00?") or an ISO alpha-2 code. */
const AREA_KEY_PATTERN = /^[A-Z0-9+?-]{2,12}$/;
/** Decimals kept on served coordinates: 1e-4° ≈ 11 m, far below the ~400 m grid of the admin layer. */
const COORDINATE_DECIMALS = 4;

export interface AreaProps {
  layer: AreaLayer;
  key: string;
  name: string;
  /** ISO alpha-2 of the country the area belongs to (the area itself for a country) */
  cc: string;
}

/** true when `name` is an area layer (a type guard for untrusted URL segments). */
export function isAreaLayer(name: string): name is AreaLayer {
  return (AREA_LAYERS as readonly string[]).includes(name);
}

/** true when `key` looks like an area key; anything else is refused before any lookup. */
export function isAreaKey(key: string): boolean {
  return AREA_KEY_PATTERN.test(key);
}

/**
 * The polygon of one area as a GeoJSON Feature, or null when the topology has no such key.
 * @example areaFeature(adminTopology, 'admin1', 'SYR-142')?.properties.name // 'Dayr Az Zawr'
 */
export function areaFeature(admin: Topo, layer: AreaLayer, key: string): Feature<Polygon | MultiPolygon, AreaProps> | null {
  const objectName = layer === 'admin1' ? ADMIN_OBJECTS.admin1 : ADMIN_OBJECTS.countries;
  const collection = admin.objects[objectName];
  if (!collection || collection.type !== 'GeometryCollection') throw new Error(`Admin topology has no "${objectName}"`);
  const geometry = collection.geometries.find((g) => keyOf(layer, g.properties) === key);
  if (!geometry) return null;
  const shape = feature(admin, geometry);
  if (shape.type !== 'Feature' || (shape.geometry.type !== 'Polygon' && shape.geometry.type !== 'MultiPolygon')) return null;
  const props = geometry.properties as Admin1Props | CountryProps;
  const rounded: Polygon | MultiPolygon =
    shape.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: shape.geometry.coordinates.map(roundRing) }
      : { type: 'MultiPolygon', coordinates: shape.geometry.coordinates.map((rings) => rings.map(roundRing)) };
  return { type: 'Feature', geometry: rounded, properties: { layer, key, name: props.name, cc: props.cc } };
}

function roundRing(ring: Position[]): Position[] {
  const scale = 10 ** COORDINATE_DECIMALS;
  return ring.map((position) => position.map((value) => Math.round(value * scale) / scale));
}

function keyOf(layer: AreaLayer, properties: unknown): string | undefined {
  if (typeof properties !== 'object' || properties === null) return undefined;
  const props = properties as Partial<Admin1Props>;
  return layer === 'admin1' ? props.code : props.cc;
}
