/**
 * Continents and multi-country regions from the curated geodata/regions.json.
 */
import { z } from 'zod';
import type { NamedPlace } from './geonames';

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const regionsFileSchema = z.object({
  places: z.array(
    z.object({
      id: z.string().regex(/^(continent|region):[a-z0-9-]+$/),
      name: z.string(),
      placeType: z.enum(['continent', 'region']),
      aliases: z.array(z.string()),
      coordinates: lngLat,
      bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    }),
  ),
});

/** [west, south, east, north] of each region, for population estimates */
export type RegionBboxes = ReadonlyMap<string, readonly [number, number, number, number]>;

/**
 * Parse geodata/regions.json (already JSON-parsed) into places with `countryCode: null` and no area outline.
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
        countryCode: null,
        admin1: null,
        coordinates: r.coordinates,
        population: 0,
        area: null,
      },
      names: [r.name, ...r.aliases],
    };
  });
  return { places, bboxes };
}
