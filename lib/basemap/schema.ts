/**
 * The files of the offline basemap (geodata/basemap/*.json): their names, and zod schemas for the parts that the
 * browser, the route handlers and the tests read. Shared by the build, the routes and components/map/. Written with
 * `zod/mini`, whose functions are imported one by one: the browser's bundle holds the checks it uses, not all of zod.
 */
import type { Objects, Topology } from 'topojson-specification';
import * as z from 'zod/mini';

/** Layers the browser may fetch from /basemap/<layer>; the route serves nothing else. */
export const BASEMAP_LAYERS = ['admin', 'hydro', 'labels', 'labels-detail'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** Files written next to the layers, read on the server only (area index for /basemap/areas, build report). */
export const AREA_INDEX_FILE = 'areas-index.json';
export const MANIFEST_FILE = 'manifest.json';

/** File name of a layer inside the basemap folder. */
export function layerFileName(layer: BasemapLayer): string {
  return `${layer}.json`;
}

/** true when `name` is one of BASEMAP_LAYERS (a type guard for untrusted URL segments). */
export function isBasemapLayer(name: string): name is BasemapLayer {
  return (BASEMAP_LAYERS as readonly string[]).includes(name);
}

/** Labels from this zoom on go to the `labels-detail` layer, fetched only when the map gets there. */
export const DETAIL_LABEL_MIN_ZOOM = 7;

/** Label kinds, in drawing priority order (a country name wins a collision against a city). */
export const LABEL_KINDS = { country: 0, capital: 1, city: 2 } as const;

/**
 * One label, compact: [text, lng, lat, minZoom, kind]. The labels file lists them in priority order, so the
 * browser places them greedily front to back and drops those that would collide.
 */
export const labelSchema = z.tuple([
  z.string().check(z.minLength(1)),
  z.number().check(z.minimum(-180), z.maximum(180)),
  z.number().check(z.minimum(-90), z.maximum(90)),
  z.int().check(z.minimum(0), z.maximum(22)),
  z.union([z.literal(0), z.literal(1), z.literal(2)]),
]);
export type Label = z.infer<typeof labelSchema>;

export const labelsFileSchema = z.object({ labels: z.array(labelSchema) });

/**
 * The labels of a labels file, checked by hand against the rules of labelSchema. Zod took 80 ms of one task for
 * the 20,000 tuples of the detail file, on the page, during the user's first zoom past the detail level.
 * @throws Error naming the first bad entry and its index
 * @example const labels = parseLabelsFile(await response.json());
 */
export function parseLabelsFile(value: unknown): Label[] {
  const labels = typeof value === 'object' && value !== null ? (value as { labels?: unknown }).labels : undefined;
  if (!Array.isArray(labels)) throw new Error('A labels file needs a "labels" array');
  labels.forEach((label: unknown, i) => {
    if (!isLabel(label)) throw new Error(`Bad label at ${i}: ${JSON.stringify(label)?.slice(0, 120)}`);
  });
  return labels as Label[];
}

function isLabel(value: unknown): value is Label {
  if (!Array.isArray(value) || value.length !== 5) return false;
  const [text, lng, lat, minZoom, kind] = value as unknown[];
  return (
    typeof text === 'string' &&
    text.length >= 1 &&
    inRange(lng, -180, 180) &&
    inRange(lat, -90, 90) &&
    inRange(minZoom, 0, 22) &&
    Number.isInteger(minZoom) &&
    (kind === 0 || kind === 1 || kind === 2)
  );
}

function inRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
export type LabelsFile = z.infer<typeof labelsFileSchema>;

const bboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

export const admin1EntrySchema = z.object({ name: z.string(), cc: z.string().check(z.length(2)), bbox: bboxSchema });
export const countryEntrySchema = z.object({ name: z.string(), bbox: bboxSchema });

/** geodata/basemap/areas-index.json: every area key the map can outline, with its name and [w, s, e, n] bbox. */
export const areaIndexSchema = z.object({
  admin1: z.record(z.string(), admin1EntrySchema),
  country: z.record(z.string(), countryEntrySchema),
});
export type AreaIndex = z.infer<typeof areaIndexSchema>;

/**
 * A TopoJSON topology, checked only as far as the code relies on it (objects by name, arcs); topojson-client
 * reads the rest.
 */
export const topologySchema = z.looseObject({
  type: z.literal('Topology'),
  objects: z.record(z.string(), z.looseObject({ type: z.string() })),
  arcs: z.array(z.array(z.array(z.number()))),
});

/** The topologies of the basemap (geometry properties are plain objects, never null). */
export type Topo = Topology<Objects>;

/** Names of the objects inside each topology layer. */
export const ADMIN_OBJECTS = { admin1: 'admin1', countries: 'countries', land: 'land' } as const;
export const HYDRO_OBJECTS = { rivers: 'rivers', lakes: 'lakes' } as const;

/** Properties on the geometries of the admin topology. */
export interface Admin1Props {
  /** Natural Earth adm1_code, e.g. "SYR-142" */
  code: string;
  /** ISO 3166-1 alpha-2 of the country, e.g. "SY" */
  cc: string;
  name: string;
}
export interface CountryProps {
  cc: string;
  name: string;
}
