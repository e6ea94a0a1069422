/**
 * Golden test of the whole pipeline on the seed article: seeds/raqqa-2017.txt → tests/fixtures/ingest/out/
 * raqqa-2017.geojson. `UPDATE_GOLDEN=1` rewrites the fixture; review its diff, never rubber-stamp it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorldGazetteer } from '@/lib/gazetteer/world';
import { COORDINATE_DECIMALS, buildCollection } from '@/lib/geojson/build';
import { eventCollectionSchema } from '@/lib/geojson/schema';
import type { EventCollection, PlaceFeature, RouteFeature } from '@/lib/geojson/schema';
import { processArticle } from '@/lib/pipeline/index';
import { parseArticle } from '@/lib/text/article';
import { ROOT } from './cli-helpers';

const SEED = path.join(ROOT, 'seeds/raqqa-2017.txt');
const GOLDEN = path.join(ROOT, 'tests/fixtures/ingest/out/raqqa-2017.geojson');
/** Loading the world gazetteer takes seconds on a busy machine. */
const LOAD_MS = 120_000;

let collection: EventCollection;
beforeAll(() => {
  const gazetteer = loadWorldGazetteer();
  const text = readFileSync(SEED, 'utf8');
  // buildCollection already rounds coordinates to COORDINATE_DECIMALS (5), so the golden is stable across machines.
  collection = buildCollection([processArticle(parseArticle('raqqa-2017', text), gazetteer)]);
}, LOAD_MS);

describe('the seed article through the whole pipeline', () => {
  it('matches the reviewed golden GeoJSON (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      if (process.env.CI === 'true') throw new Error(`golden ${GOLDEN} missing in CI`);
      writeFileSync(GOLDEN, `${JSON.stringify(collection, null, 2)}\n`);
    }
    expect(collection).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('writes coordinates with at most 5 decimals', () => {
    expect(COORDINATE_DECIMALS).toBe(5);
    const coords = JSON.stringify(collection.features.map((f) => f.geometry.coordinates));
    expect(coords).not.toMatch(/\.\d{6,}/);
  });

  it('satisfies the output contract', () => {
    expect(eventCollectionSchema.safeParse(collection).success).toBe(true);
  });

  it.each([
    ['Raqqa', 'city', 'SY', /raqq/i],
    ['Mayadeen', 'town', 'SY', /may[aā]d[iī]n/i],
    ['Deir el-Zour province', 'admin1', 'SY', /deir/i],
    ['Anbar province', 'admin1', 'IQ', /anbar/i],
    ['Syria', 'country', 'SY', /^syria$/i],
    ['Iraq', 'country', 'IQ', /^iraq$/i],
    ['Paris', 'city', 'FR', /^paris$/i],
  ] as const)('resolves "%s" to a %s in %s', (_surface, placeType, countryCode, name) => {
    const found = places().filter(
      (p) => name.test(p.properties.name) && p.properties.placeType === placeType && p.properties.countryCode === countryCode,
    );
    expect(found).toHaveLength(1);
  });

  it('draws the convoy routes from Raqqa to the Deir ez-Zor and Al Anbar governorates', () => {
    const byId = new Map(places().map((p) => [p.id, p.properties]));
    const lines = collection.features
      .filter((f): f is RouteFeature => f.properties.kind === 'route')
      .map((r) => `${byId.get(r.properties.fromPlaceId)?.name} → ${byId.get(r.properties.toPlaceId)?.name}`);
    expect(lines).toContainEqual(expect.stringMatching(/^Ar Raqqah → Deir ez-Zor/));
    expect(lines).toContainEqual(expect.stringMatching(/^Ar Raqqah → Al Anbar/));
  });
});

function places(): PlaceFeature[] {
  return collection.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
}
