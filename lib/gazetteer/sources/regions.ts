/**
 * Continents, multi-country regions and sub-national areas missing from Natural Earth's admin-1 layer (the UK's
 * constituent countries) from the curated geodata/regions.json.
 */
import { z } from 'zod';
import type { NamedPlace } from './geonames';

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const regionSchema = z.object({
  id: z.string().regex(/^(continent|region|admin1):[a-z0-9-]+$/),
  name: z.string(),
  placeType: z.enum(['continent', 'region', 'admin1']),
  /** ISO alpha-2 of the one country the area lies in (required for admin1 entries) */
  countryCode: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** the GeoNames admin-1 code of the area within its country, e.g. "ENG" */
  admin1: z.string().optional(),
  aliases: z.array(z.string()),
  coordinates: lngLat,
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
const regionsFileSchema = z.object({
  places: z.array(
    regionSchema.refine((r) => r.placeType !== 'admin1' || (r.countryCode !== undefined && r.admin1 !== undefined), {
      message: 'an admin1 entry needs countryCode and admin1',
    }),
  ),
});

/** [west, south, east, north] of each region, for population estimates */
export type RegionBboxes = ReadonlyMap<string, readonly [number, number, number, number]>;

/**
 * Parse geodata/regions.json (already JSON-parsed) into places without an area outline (`countryCode` null
 * unless the entry names its country).
 * @example parseRegions(JSON.parse(text)).places[0]?.place.id // "continent:africa"
 */
export function parseRegions(json: unknown): { places: NamedPlace[]; bboxes: RegionBboxes } {
  const file = regionsFileSchema.parse(json);
  const bboxes = new Map<string, readonly [number, number, number, number]>();
  const places = file.places.map((r): NamedPlace => {
    bboxes.set(r.id, r.bbox);
    return {
      place: {
        id: r.id,
        name: r.name,
        placeType: r.placeType,
        countryCode: r.countryCode ?? null,
        admin1: r.admin1 ?? null,
        coordinates: r.coordinates,
        population: 0,
        area: null,
      },
      names: [r.name, ...r.aliases],
    };
  });
  return { places, bboxes };
}
