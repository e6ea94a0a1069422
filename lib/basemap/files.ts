/**
 * Reading the built basemap files on the server. File names come only from the layer whitelist in ./schema,
 * never from a URL, so a request cannot reach any other file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { layerFileName } from './schema';
import type { BasemapLayer } from './schema';

/** Folder of the built layers, relative to the project root (the working directory of `next start` and tests). */
export const BASEMAP_DIR = path.join('geodata', 'basemap');

/**
 * The text of a built layer, or null when it has not been built (run `npm run postinstall`).
 * @example await readBasemapLayer('land') // '{"type":"Topology",…'
 */
export async function readBasemapLayer(layer: BasemapLayer, dir: string = BASEMAP_DIR): Promise<string | null> {
  try {
    return await readFile(path.resolve(dir, layerFileName(layer)), 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return null;
    throw error;
  }
}

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
