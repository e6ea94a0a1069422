/** Test helper: the basemap is built at install; build it here when it is missing (e.g. a fresh checkout). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBasemap } from '@/lib/basemap/build';
import { BASEMAP_DIR } from '@/lib/basemap/files';
import { BASEMAP_LAYERS, MANIFEST_FILE, layerFileName, topologySchema } from '@/lib/basemap/schema';
import type { BasemapLayer, Topo } from '@/lib/basemap/schema';

export async function ensureBasemapBuilt(): Promise<void> {
  const complete = [MANIFEST_FILE, ...BASEMAP_LAYERS.map(layerFileName)].every((file) => existsSync(path.join(BASEMAP_DIR, file)));
  if (!complete) await buildBasemap(BASEMAP_DIR);
}

export function readLayerJson(layer: BasemapLayer): unknown {
  return JSON.parse(readFileSync(path.join(BASEMAP_DIR, layerFileName(layer)), 'utf8'));
}

export function readTopology(layer: BasemapLayer): Topo {
  return topologySchema.parse(readLayerJson(layer)) as unknown as Topo;
}
