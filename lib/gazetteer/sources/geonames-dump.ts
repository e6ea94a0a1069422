/**
 * GeoNames per-country dumps (SY.txt, IQ.txt, …; CC BY 4.0) → gazetteer places: every populated place whatever its
 * population, districts and sub-districts (ADM2, ADM3) as admin2 places, and the landmarks conflict reporting names
 * (camps, crossings, airbases, dams, oil fields, prisons, mountains, …) as locality places with their feature word.
 * What is taken, and the generic words stripped from district and landmark names, are data
 * (geodata/geonames-features.json). A dump line has the 19 tab-separated columns of GeoNames' `geoname` table
 * (0 id, 1 name, 2 asciiname, 3 alternatenames, 4 latitude, 5 longitude, 6 feature class, 7 feature code,
 * 8 country code, 10 admin1 code, 14 population, …).
 */
import { z } from 'zod';
import type { GazPlace } from '../types';
import { nameKey } from '../normalize';
import { settlementType, usableAlternates, type NamedPlace } from './geonames';

/** columns of a GeoNames dump line */
export const DUMP_COLUMNS = 19;
const COORD_DECIMALS = 5; // ≈ 1 m

export const dumpRulesSchema = z.object({
  populatedSkipped: z.array(z.string()),
  districts: z.record(z.string().regex(/^A\.\w+$/), z.string()),
  landmarks: z.record(z.string().regex(/^[A-Z]\.\w+$/), z.string()),
  genericPrefixes: z.array(z.string()),
  genericSuffixes: z.array(z.string()),
});
export type DumpRules = z.infer<typeof dumpRulesSchema>;

/** Rules in the form the parser reads them: generic words as strict keys. */
interface CompiledRules {
  populatedSkipped: ReadonlySet<string>;
  districts: ReadonlyMap<string, string>;
  landmarks: ReadonlyMap<string, string>;
  prefixes: readonly string[];
  suffixes: readonly string[];
}

/** What one dump yields, and what it was asked to leave out. */
export interface DumpSummary {
  places: NamedPlace[];
  /** lines of features of other kinds (streams, farms, hotels…) */
  skipped: number;
  /** lines whose id was already known (cities500 or an earlier dump) */
  duplicates: number;
}

/**
 * Parse one dump's text; places whose id is in `known` (e.g. `geonames:170794`) are counted and left out, and the
 * ids taken are added to it, so several dumps and cities500 never repeat a place. Throws on a line that is not in
 * the dump format, naming its number.
 * @example parseGeonamesDump(readFileSync('SY.txt', 'utf8'), rules, new Set()).places.length
 */
export function parseGeonamesDump(text: string, rules: DumpRules, known: Set<string>): DumpSummary {
  const compiled = compile(rules);
  const places: NamedPlace[] = [];
  let skipped = 0;
  let duplicates = 0;
  let lineNumber = 0;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    lineNumber += 1;
    if (line === '') continue;
    const fields = line.split('\t');
    if (fields.length !== DUMP_COLUMNS) {
      throw new Error(`Line ${lineNumber} has ${fields.length} tab-separated columns, not the ${DUMP_COLUMNS} of a GeoNames dump: ${JSON.stringify(line.slice(0, 80))}`);
    }
    const entry = parseFields(fields, compiled, lineNumber);
    if (entry === null) skipped += 1;
    else if (known.has(entry.place.id)) duplicates += 1;
    else {
      known.add(entry.place.id);
      places.push(entry);
    }
  }
  return { places, skipped, duplicates };
}

function parseFields(f: readonly string[], rules: CompiledRules, lineNumber: number): NamedPlace | null {
  const [id, name, ascii, alternates, lat, lng, featureClass, code, country] = f;
  if (!id || !/^\d+$/.test(id) || !name) throw new Error(`Line ${lineNumber} has no GeoNames id and name: ${JSON.stringify(f.slice(0, 2))}`);
  const latitude = Number(lat);
  const longitude = Number(lng);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    throw new Error(`Line ${lineNumber} has no usable coordinates: ${JSON.stringify([lat, lng])}`);
  }
  const kind = `${featureClass ?? ''}.${code ?? ''}`;
  const population = Number(f[14] ?? 0) || 0;
  const district = rules.districts.get(kind);
  const landmark = rules.landmarks.get(kind);
  const populated = featureClass === 'P' && !rules.populatedSkipped.has(code ?? '');
  if (!populated && district === undefined && landmark === undefined) return null;
  const base: GazPlace = {
    id: `geonames:${id}`,
    name,
    placeType: populated ? settlementType(code ?? '', population) : district !== undefined ? 'admin2' : 'locality',
    countryCode: country ? country : null,
    admin1: f[10] ? f[10] : null,
    coordinates: [round(longitude), round(latitude)],
    // a district's or landmark's population says how big it is, not how likely a bare name means it: the town of
    // the same name keeps the lead ("Jarabulus"), and "Jarabulus district" reaches the district by its type hint
    population: populated ? population : 0,
    area: null,
  };
  const feature = district ?? landmark;
  const place: GazPlace = feature !== undefined ? { ...base, feature } : population === 0 ? { ...base, minor: true } : base;
  const names = [name, ...(ascii ? [ascii] : []), ...usableAlternates(alternates ?? '')];
  return { place, names: feature === undefined ? names : withBareNames(names, rules) };
}

/** The names, plus each name without a generic word that opens or closes it ("Nāḩiyat Jarābulus" → "Jarābulus"). */
function withBareNames(names: readonly string[], rules: CompiledRules): string[] {
  const out = [...names];
  for (const name of names) {
    const key = nameKey(name);
    for (const prefix of rules.prefixes) {
      if (key.startsWith(`${prefix} `)) out.push(key.slice(prefix.length + 1));
    }
    for (const suffix of rules.suffixes) {
      if (key.endsWith(` ${suffix}`)) out.push(key.slice(0, -suffix.length - 1));
    }
  }
  return [...new Set(out)];
}

function compile(rules: DumpRules): CompiledRules {
  const keys = (words: readonly string[]): string[] => words.map(nameKey).filter((word) => word !== '');
  return {
    populatedSkipped: new Set(rules.populatedSkipped),
    districts: new Map(Object.entries(rules.districts)),
    landmarks: new Map(Object.entries(rules.landmarks)),
    prefixes: keys(rules.genericPrefixes),
    suffixes: keys(rules.genericSuffixes),
  };
}

function round(value: number): number {
  const factor = 10 ** COORD_DECIMALS;
  return Math.round(value * factor) / factor;
}
