/** Messages between the page and the basemap worker (components/map/basemap-worker.ts). */
import type { PackedShapes } from './basemap-shapes';

/** The drawable parts of each topology layer the worker decodes. */
export const WORKER_PARTS = {
  admin: ['land', 'countryBorders', 'admin1Borders'],
  hydro: ['lakes', 'rivers'],
} as const;
export type WorkerLayer = keyof typeof WORKER_PARTS;
export type LayerParts<L extends WorkerLayer> = Record<(typeof WORKER_PARTS)[L][number], PackedShapes>;

/** Page → worker: fetch, validate, decode and project one layer. */
export interface WorkerRequest {
  layer: WorkerLayer;
}

/** Worker → page: the projected parts of a layer (their buffers transferred), or why the layer failed. */
export type WorkerResponse =
  | { layer: WorkerLayer; parts: Record<string, PackedShapes> }
  | { layer: WorkerLayer; error: string };
