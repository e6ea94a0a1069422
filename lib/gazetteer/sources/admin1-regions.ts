/**
 * First-level regions that Natural Earth's admin-1 layer only has as their provinces (Italy's regions, Spain's
 * autonomous communities, France's regions): rebuilt from the provinces' `region` field, named from the curated
 * geodata/admin1-regions.json. Without them "Tuscany" was one of its ten provinces and "Catalonia" was nothing.
 */
import { bbox as turfBbox, booleanPointInPolygon, centerOfMass } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import type { NamedPlace } from './geonames';
import { polygonsBySize, representativePoint } from './representative-point';

const COORDINATE_DECIMALS = 4; // ≈ 10 m
/** Regions of one province are that province already (Madrid, Murcia): only groups of at least this many. */
const MIN_PROVINCES = 2;

/** geodata/admin1-regions.json: per ISO2, Natural Earth `region` value → the names news writes for it. */
export const admin1RegionsSchema = z.object({
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.record(z.string(), z.array(z.string()))),
});
export type Admin1RegionNames = z.infer<typeof admin1RegionsSchema>['countries'];

const provinceSchema = z.object({
  adm1_code: z.string(),
  iso_a2: z.string(),
  region: z.string().nullable().optional(),
  region_cod: z.string().nullable().optional(),
});

/** A region with the adm1_code of each of its provinces, for the build to weigh the towns inside. */
export interface Admin1Region extends NamedPlace {
  provinces: string[];
}

/**
 * One admin1 place per `region` of the listed countries that groups ≥ 2 provinces: id `ne-region:<ISO2>-<n>`,
 * point at the centre of mass of its provinces (or inside the largest one when that centre falls outside), bbox
 * over them, no outline of its own, names: Natural Earth's region name and the curated ones.
 * @example parseAdmin1Regions(admin1.features, { IT: { Toscana: ['Tuscany'] } })[0]?.names // ['Toscana', 'Tuscany']
 */
export function parseAdmin1Regions(features: readonly Feature<Geometry | null>[], names: Admin1RegionNames): Admin1Region[] {
  const groups = new Map<string, { country: string; region: string; code: string | null; members: Feature<Geometry>[]; codes: string[] }>();
  for (const feature of features) {
    const parsed = provinceSchema.safeParse(feature.properties);
    if (!parsed.success || feature.geometry === null) continue;
    const { iso_a2: country, region, region_cod: code, adm1_code: adm1 } = parsed.data;
    if (!region || names[country] === undefined) continue;
    const key = `${country}|${region}`;
    const group = groups.get(key) ?? { country, region, code: code ?? null, members: [], codes: [] };
    group.members.push({ type: 'Feature', properties: {}, geometry: feature.geometry });
    group.codes.push(adm1);
    groups.set(key, group);
  }
  const out: Admin1Region[] = [];
  for (const group of [...groups.values()].toSorted((a, b) => compare(`${a.country}|${a.region}`, `${b.country}|${b.region}`))) {
    if (group.members.length < MIN_PROVINCES) continue;
    const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: group.members };
    const [w = 0, s = 0, e = 0, n = 0] = turfBbox(collection);
    out.push({
      place: {
        id: `ne-region:${group.country}-${slug(group.code ?? group.region)}`,
        name: firstCurated(names, group.country, group.region) ?? group.region,
        placeType: 'admin1',
        countryCode: group.country,
        admin1: null,
        coordinates: pointOf(collection).map(round) as [number, number],
        population: 0,
        area: null,
      },
      names: [...new Set([group.region, ...(names[group.country]?.[group.region] ?? [])])],
      provinces: group.codes,
    });
  }
  return out;
}

/**
 * The GeoNames admin-1 code most of the towns inside `outlines` carry, when at least `share` of them do (so
 * "Pisa, Tuscany" can see Pisa inside Tuscany); null otherwise.
 * @example majorityAdmin1(italianTowns, tuscanProvinces) // "16"
 */
export function majorityAdmin1(towns: readonly NamedPlace[], outlines: readonly Geometry[], share = 0.6): string | null {
  const polygons = outlines.filter(isAreal);
  if (polygons.length === 0) return null;
  const [w = 0, s = 0, e = 0, n = 0] = turfBbox({ type: 'GeometryCollection', geometries: polygons });
  const counts = new Map<string, number>();
  let total = 0;
  for (const { place } of towns) {
    const [lng, lat] = place.coordinates;
    if (lng < w || lng > e || lat < s || lat > n || place.admin1 === null) continue;
    if (!polygons.some((g) => booleanPointInPolygon(place.coordinates, g))) continue;
    counts.set(place.admin1, (counts.get(place.admin1) ?? 0) + 1);
    total += 1;
  }
  const [best] = [...counts.entries()].toSorted((a, b) => b[1] - a[1]);
  return best !== undefined && best[1] >= share * total ? best[0] : null;
}

function pointOf(collection: FeatureCollection<Geometry>): number[] {
  const centre = centerOfMass(collection).geometry.coordinates;
  if (collection.features.some((f) => isAreal(f.geometry) && booleanPointInPolygon(centre, f.geometry))) return centre;
  const largest = collection.features
    .flatMap((f) => polygonsBySize(f.geometry))
    .toSorted((a, b) => b.size - a.size)[0];
  return largest ? representativePoint(largest.polygon) : centre;
}

function isAreal(geometry: Geometry): geometry is Polygon | MultiPolygon {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

function firstCurated(names: Admin1RegionNames, country: string, region: string): string | undefined {
  return names[country]?.[region]?.[0];
}

function slug(value: string): string {
  return value.replace(/^[A-Z]{2,3}[-.]/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

function round(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
