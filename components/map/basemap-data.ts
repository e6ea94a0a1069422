/**
 * Fetching and decoding the basemap layers served by /basemap/<layer> (same origin: the CSP allows nothing else).
 */
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import * as z from 'zod/mini';
import {
  ADMIN_OBJECTS,
  HYDRO_OBJECTS,
  parseLabelsFile,
  topologySchema,
} from '@/lib/basemap/schema';
import type { Admin1Props, BasemapLayer, Label, Topo } from '@/lib/basemap/schema';

/** topologySchema with its arcs left to isArc (same rule: arrays of finite numbers). */
const topologyFrameSchema = z.extend(topologySchema, { arcs: z.array(z.unknown()) });

/** What the admin layer draws: the land fill and the borders. Enough on its own for the map not to look empty. */
export interface LandShapes {
  land: FeatureCollection | Feature;
  countryBorders: MultiLineString;
  admin1Borders: MultiLineString;
}

/** What the hydro layer draws on top of the land. */
export interface HydroShapes {
  lakes: FeatureCollection | Feature;
  rivers: FeatureCollection | Feature;
}

/** The browser's fetch, or a stand-in with the same call shape (tests serve the built files from disk). */
export type FetchLike = (url: string, init: { signal: AbortSignal }) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

/** URL of a layer; the route serves only whitelisted names. */
export function layerUrl(layer: BasemapLayer): string {
  return `/basemap/${layer}`;
}

/**
 * Fetches the admin layer and decodes land and borders. Independent of the hydro layer so the land is drawn as
 * soon as its own file arrives.
 */
export async function fetchLandShapes(signal: AbortSignal, fetchImpl: FetchLike = fetch): Promise<LandShapes> {
  const admin = await fetchTopology('admin', signal, fetchImpl);
  const countries = objectOf(admin, ADMIN_OBJECTS.countries);
  const admin1 = objectOf(admin, ADMIN_OBJECTS.admin1);
  // Each decode step in a task of its own: together they held the page for most of a second.
  await nextTask();
  const land = feature(admin, objectOf(admin, ADMIN_OBJECTS.land));
  await nextTask();
  // Shared arcs between two different countries are borders; coastlines come from the land fill.
  const countryBorders = mesh(admin, countries, (a, b) => a !== b);
  await nextTask();
  const admin1Borders = mesh(admin, admin1, (a, b) => a !== b && ccOf(a) === ccOf(b));
  return { land, countryBorders, admin1Borders };
}

/** Fetches the hydro layer and decodes lakes and rivers. */
export async function fetchHydroShapes(signal: AbortSignal, fetchImpl: FetchLike = fetch): Promise<HydroShapes> {
  const hydro = await fetchTopology('hydro', signal, fetchImpl);
  await nextTask();
  return {
    lakes: feature(hydro, objectOf(hydro, HYDRO_OBJECTS.lakes)),
    rivers: feature(hydro, objectOf(hydro, HYDRO_OBJECTS.rivers)),
  };
}

/** Fetches and validates one labels layer. */
export async function fetchLabels(layer: 'labels' | 'labels-detail', signal: AbortSignal): Promise<Label[]> {
  const json = await fetchJson(layer, signal);
  try {
    return parseLabelsFile(json);
  } catch (error) {
    throw new Error(`Basemap layer ${layer} is malformed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function fetchTopology(layer: BasemapLayer, signal: AbortSignal, fetchImpl: FetchLike): Promise<Topo> {
  const json = await fetchJson(layer, signal, fetchImpl);
  await nextTask(); // parsing the response and validating it: two tasks, not one
  // The frame through zod, the arcs by hand: zod over 100,000 arc positions took 150–400 ms of one task.
  const parsed = topologyFrameSchema.safeParse(json);
  if (!parsed.success) throw new Error(`Basemap layer ${layer} is not a topology: ${parsed.error.message}`);
  const bad = parsed.data.arcs.findIndex((arc) => !isArc(arc));
  if (bad >= 0) throw new Error(`Basemap layer ${layer} is not a topology: arcs[${bad}] is not a list of [x, y] positions`);
  return parsed.data as unknown as Topo;
}

async function fetchJson(layer: BasemapLayer, signal: AbortSignal, fetchImpl: FetchLike = fetch): Promise<unknown> {
  const response = await fetchImpl(layerUrl(layer), { signal });
  if (!response.ok) throw new Error(`Basemap layer ${layer}: HTTP ${response.status}`);
  return response.json();
}

function objectOf(topo: Topo, name: string): GeometryObject {
  const object = topo.objects[name];
  if (!object) throw new Error(`Basemap topology has no object "${name}"`);
  return object;
}

function ccOf(geometry: GeometryObject): string | undefined {
  return (geometry.properties as Partial<Admin1Props> | undefined)?.cc;
}

/** Resolves in a later task, so the work after it does not extend the current one. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** An arc: a list of positions, each a list of finite numbers. */
function isArc(arc: unknown): boolean {
  if (!Array.isArray(arc)) return false;
  for (const position of arc) {
    if (!Array.isArray(position)) return false;
    for (const n of position) if (typeof n !== 'number' || !Number.isFinite(n)) return false;
  }
  return true;
}
