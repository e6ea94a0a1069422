/**
 * Loads the basemap's topology layers through the basemap worker, and on the page itself when no worker can run
 * (no Worker, or its script failed to load): same parts either way, only where the decoding happens differs.
 */
import { fetchHydroShapes, fetchLandShapes } from './basemap-data';
import { packShapes, shapesOf, type PackedShapes } from './basemap-shapes';
import { WORKER_PARTS, type LayerParts, type WorkerLayer, type WorkerResponse } from './basemap-worker-protocol';

export interface BasemapLoader {
  load<L extends WorkerLayer>(layer: L): Promise<LayerParts<L>>;
  /** stops the worker; pending loads never settle */
  close(): void;
}

/** A loader backed by one worker for its lifetime (both layers decode in it, one after the other). */
export function basemapLoader(signal: AbortSignal): BasemapLoader {
  let worker: Worker | null = null;
  try {
    if (typeof Worker !== 'undefined') worker = new Worker(new URL('./basemap-worker.ts', import.meta.url));
  } catch (error) {
    console.warn('basemap: no worker, decoding on the page:', error);
  }
  const pending = new Map<WorkerLayer, { resolve: (parts: Record<string, PackedShapes>) => void; reject: (e: Error) => void }>();
  const onPage = <L extends WorkerLayer>(layer: L): Promise<LayerParts<L>> => decodeOnPage(layer, signal);

  worker?.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const waiting = pending.get(response.layer);
    if (!waiting) return;
    pending.delete(response.layer);
    if ('error' in response) waiting.reject(new Error(response.error));
    else waiting.resolve(response.parts);
  });
  // The worker's script could not load or crashed: what it still owes is decoded on the page.
  worker?.addEventListener('error', (event) => {
    event.preventDefault();
    console.warn('basemap: worker failed, decoding on the page:', event.message);
    worker?.terminate();
    worker = null;
    for (const [layer, waiting] of pending) onPage(layer).then(waiting.resolve, waiting.reject);
    pending.clear();
  });

  return {
    load<L extends WorkerLayer>(layer: L): Promise<LayerParts<L>> {
      if (!worker) return onPage(layer);
      const live = worker;
      return new Promise<Record<string, PackedShapes>>((resolve, reject) => {
        pending.set(layer, { resolve, reject });
        live.postMessage({ layer });
      }).then((parts) => partsOf(layer, parts));
    },
    close() {
      worker?.terminate();
      worker = null;
      pending.clear();
    },
  };
}

/**
 * Checks that a worker's answer has every part of its layer, packed in typed arrays of consistent lengths. The parts
 * stay packed: one object per ring would be tens of thousands of objects for the page's garbage collector to copy.
 */
function partsOf<L extends WorkerLayer>(layer: L, parts: Record<string, PackedShapes>): LayerParts<L> {
  const out: Record<string, PackedShapes> = {};
  for (const name of WORKER_PARTS[layer]) {
    const p = parts[name];
    const packed =
      p?.coords instanceof Float64Array &&
      p.weights instanceof Float32Array &&
      p.ringEnds instanceof Uint32Array &&
      p.shapeEnds instanceof Uint32Array &&
      p.boxes instanceof Float64Array &&
      p.weights.length * 2 === p.coords.length &&
      p.boxes.length === p.shapeEnds.length * 4 &&
      (p.ringEnds.at(-1) ?? 0) === p.coords.length &&
      (p.shapeEnds.at(-1) ?? 0) === p.ringEnds.length;
    if (!packed) throw new Error(`Basemap worker answered without the ${layer} part "${name}"`);
    out[name] = p;
  }
  return out as LayerParts<L>;
}

async function decodeOnPage<L extends WorkerLayer>(layer: L, signal: AbortSignal): Promise<LayerParts<L>> {
  const decoded: Record<string, Parameters<typeof shapesOf>[0]> =
    layer === 'admin' ? { ...(await fetchLandShapes(signal)) } : { ...(await fetchHydroShapes(signal)) };
  const parts: Record<string, PackedShapes> = {};
  for (const name of WORKER_PARTS[layer]) {
    const data = decoded[name];
    if (!data) throw new Error(`Basemap layer ${layer} has no part "${name}"`);
    parts[name] = packShapes(shapesOf(data));
    await new Promise((resolve) => setTimeout(resolve, 0)); // each part projected in a task of its own
  }
  return parts as LayerParts<L>;
}
