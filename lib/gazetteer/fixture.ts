/**
 * The fixture gazetteer of the unit tests: ~60 real places (GeoNames, Natural Earth, curated regions) cut from
 * the world gazetteer's sources by `npx tsx lib/cli/gazetteer.ts fixture`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PLACE_TYPES, areaRefSchema } from '../geojson/schema';
import type { Gazetteer } from './types';
import { createMemoryGazetteer } from './memory';

export const FIXTURE_PATH = fileURLToPath(new URL('../../tests/fixtures/gazetteer/places.json', import.meta.url));

const placeSchema = z.object({
  id: z.string(),
  name: z.string(),
  placeType: z.enum(PLACE_TYPES),
  countryCode: z.string().length(2).nullable(),
  admin1: z.string().nullable(),
  coordinates: z.tuple([z.number(), z.number()]),
  population: z.number().nonnegative(),
  area: areaRefSchema,
  feature: z.string().optional(),
  minor: z.literal(true).optional(),
});

export const fixtureFileSchema = z.object({
  places: z.array(placeSchema),
  altNames: z.record(z.string(), z.array(z.string())),
});

/**
 * A memory gazetteer over tests/fixtures/gazetteer/places.json.
 * @example fixtureGazetteer().search('Mayadeen')[0]?.id // "geonames:173480"
 */
export function fixtureGazetteer(): Gazetteer {
  const file = fixtureFileSchema.parse(JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')));
  return createMemoryGazetteer(file.places, file.altNames);
}
