import { beforeAll, describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { fetchHydroShapes, fetchLandShapes, layerUrl } from '@/components/map/basemap-data';
import type { FetchLike, LandShapes } from '@/components/map/basemap-data';
import { BASEMAP_LAYERS } from '@/lib/basemap/schema';
import { ensureBasemapBuilt, readLayerJson } from './ensure-built';

/** Inland points far from any coast: a land fill clipped, inverted or missing shows there first at high zoom. */
const INLAND: Record<string, [number, number]> = {
  'Al Mayadin, Syria': [40.45154, 35.01982],
  'Paris, France': [2.3522, 48.8566],
  'Ulaanbaatar, Mongolia': [106.9057, 47.8864],
  "N'Djamena, Chad": [15.0444, 12.1348],
  'Denver, United States': [-104.9903, 39.7392],
  'Brasília, Brazil': [-47.8825, -15.7942],
};
const SEA: Record<string, [number, number]> = {
  'the central Mediterranean': [18, 35],
  'the mid-Atlantic': [-30, 30],
  'the Caspian Sea': [50.5, 42],
  'the Indian Ocean': [75, -20],
};

/** Serves the built layers from disk, like /basemap/<layer>; `hang` lists layers whose request never settles. */
function diskFetch(hang: readonly string[] = []): FetchLike {
  return (url) => {
    const layer = BASEMAP_LAYERS.find((name) => layerUrl(name) === url);
    if (!layer) return Promise.resolve({ ok: false, status: 404, json: () => Promise.resolve(null) });
    if (hang.includes(layer)) return new Promise(() => {});
    return Promise.resolve({ ok: true, status: 200, json: () => Promise.resolve(readLayerJson(layer)) });
  };
}

function onLand(land: LandShapes['land'], lngLat: [number, number]): boolean {
  const features = land.type === 'FeatureCollection' ? (land as FeatureCollection).features : [land as Feature];
  return features.some((f) => booleanPointInPolygon(point(lngLat), f as Feature<Polygon | MultiPolygon>));
}

let shapes: LandShapes;

beforeAll(async () => {
  await ensureBasemapBuilt();
  // The hydro file never arrives: the land must not wait for it.
  shapes = await fetchLandShapes(new AbortController().signal, diskFetch(['hydro']));
});

describe('land shapes as the browser decodes them', () => {
  it('are delivered while the hydro layer is still loading', () => {
    expect(shapes.land).toBeDefined();
    expect(shapes.countryBorders.coordinates.length).toBeGreaterThan(0);
  });

  for (const [name, lngLat] of Object.entries(INLAND)) {
    it(`the land fill covers ${name}, deep inland`, () => {
      expect(onLand(shapes.land, lngLat)).toBe(true);
    });
  }

  for (const [name, lngLat] of Object.entries(SEA)) {
    it(`the land fill leaves ${name} as water`, () => {
      expect(onLand(shapes.land, lngLat)).toBe(false);
    });
  }

  it('hydro shapes decode on their own, with lakes and rivers', async () => {
    const hydro = await fetchHydroShapes(new AbortController().signal, diskFetch(['admin']));
    expect(hydro.rivers.type).toBe('FeatureCollection');
    expect((hydro.rivers as FeatureCollection).features.length).toBeGreaterThan(0);
    expect((hydro.lakes as FeatureCollection).features.length).toBeGreaterThan(0);
  });

  it('a missing layer is an error naming the layer and the HTTP status', async () => {
    const missing: FetchLike = () => Promise.resolve({ ok: false, status: 404, json: () => Promise.resolve(null) });
    await expect(fetchLandShapes(new AbortController().signal, missing)).rejects.toThrow(/admin: HTTP 404/);
  });
});
