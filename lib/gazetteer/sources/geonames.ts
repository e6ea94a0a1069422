/**
 * GeoNames cities500 (tab-separated, CC BY 4.0) → gazetteer places with their names.
 * Columns: https://download.geonames.org/export/dump/readme.txt (0 id, 1 name, 2 asciiname, 3 alternatenames,
 * 4 latitude, 5 longitude, 6 feature class, 7 feature code, 8 country code, 10 admin1 code, 14 population).
 */
import type { PlaceType } from '../../geojson/schema';
import type { GazPlace } from '../types';
import { isLatinScript } from '../normalize';

/** A place and every name it should be found by (canonical first). */
export interface NamedPlace {
  place: GazPlace;
  names: string[];
  /** a national capital (GeoNames PPLC): used for ranking only, not stored */
  capital?: boolean;
}

/** historical, abandoned and destroyed settlements: not where today's news happens */
const SKIPPED_CODES: ReadonlySet<string> = new Set(['PPLH', 'PPLQ', 'PPLW']);
/** capitals and first-order seats count as cities whatever their population */
const CITY_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'PPLG']);
const CITY_MIN_POPULATION = 100_000; // people
const TOWN_MIN_POPULATION = 10_000; // people
/** GeoNames codes more than this many capitals long are airport/ICAO-style codes, e.g. "PAR", "BGW" */
const MAX_CODE_LENGTH = 4; // characters
const COORD_DECIMALS = 5; // ≈ 1 m

/**
 * Parse cities500.txt into places numbered by their GeoNames id.
 * @example parseGeonamesCities(text).find((p) => p.place.id === 'geonames:172955')
 */
export function parseGeonamesCities(text: string): NamedPlace[] {
  const out: NamedPlace[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const parsed = parseLine(line);
    if (parsed) out.push(parsed);
  }
  return out;
}

function parseLine(line: string): NamedPlace | null {
  const f = line.split('\t');
  const [id, name, ascii, alternates, lat, lng, featureClass, code, country] = f;
  if (id === undefined || !name || featureClass !== 'P' || code === undefined || SKIPPED_CODES.has(code)) {
    return null;
  }
  const population = Number(f[14] ?? 0) || 0;
  const latitude = Number(lat);
  const longitude = Number(lng);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  const admin1 = f[10] ? f[10] : null;
  const place: GazPlace = {
    id: `geonames:${id}`,
    name,
    placeType: settlementType(code, population),
    countryCode: country ? country : null,
    admin1,
    coordinates: [round(longitude), round(latitude)],
    population,
    area: null,
  };
  const names = [name, ...(ascii ? [ascii] : []), ...usableAlternates(alternates ?? '')];
  return code === 'PPLC' ? { place, names, capital: true } : { place, names };
}

/** city, town, village or locality, by GeoNames feature code and population. */
export function settlementType(code: string, population: number): PlaceType {
  if (code === 'PPLX') return 'locality';
  if (population >= CITY_MIN_POPULATION || CITY_CODES.has(code)) return 'city';
  if (population >= TOWN_MIN_POPULATION) return 'town';
  return 'village';
}

/**
 * Alternate names worth indexing: Latin script only (transliterated CJK/Cyrillic yields false keys), no
 * airport-style codes ("PAR"), and no all-lowercase machine romanisations ("barys", "parys  tgzas").
 */
export function usableAlternates(field: string): string[] {
  if (field === '') return [];
  return field.split(',').filter(isUsableAlternate);
}

function isUsableAlternate(alt: string): boolean {
  if (alt.length < 2 || !isLatinScript(alt)) return false;
  if (alt === alt.toLowerCase()) return false;
  if (alt.length <= MAX_CODE_LENGTH && alt === alt.toUpperCase()) return false;
  return !alt.includes('  ');
}

function round(value: number): number {
  const factor = 10 ** COORD_DECIMALS;
  return Math.round(value * factor) / factor;
}
