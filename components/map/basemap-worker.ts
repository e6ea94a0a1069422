/**
 * The basemap's decoding off the page's main thread: fetching a topology layer, validating it, turning its arcs into
 * land polygons and border meshes (topojson) and projecting them to zoom-0 pixels took tasks of 100–370 ms on the
 * page, right when the first pans happen. Here they cost the page nothing; the typed arrays come back transferred.
 */
import { fetchHydroShapes, fetchLandShapes } from './basemap-data';
import { buffersOf, packShapes, shapesOf, type PackedShapes } from './basemap-shapes';
import type { WorkerRequest, WorkerResponse } from './basemap-worker-protocol';

/** The parts of the worker global we use (the project's types are the DOM's, not the worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const never = new AbortController().signal; // a worker request is never cancelled: the page terminates the worker

scope.onmessage = (event) => {
  const request = event.data as Partial<WorkerRequest> | null;
  const layer = request?.layer;
  if (layer !== 'admin' && layer !== 'hydro') return;
  const decoded =
    layer === 'admin'
      ? fetchLandShapes(never).then((s) => ({ land: s.land, countryBorders: s.countryBorders, admin1Borders: s.admin1Borders }))
      : fetchHydroShapes(never).then((s) => ({ lakes: s.lakes, rivers: s.rivers }));
  decoded.then(
    (geojson) => {
      const parts: Record<string, PackedShapes> = {};
      for (const [name, data] of Object.entries(geojson)) parts[name] = packShapes(shapesOf(data));
      scope.postMessage({ layer, parts }, Object.values(parts).flatMap(buffersOf));
    },
    (error: unknown) => scope.postMessage({ layer, error: error instanceof Error ? error.message : String(error) }, []),
  );
};
