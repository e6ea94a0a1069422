/**
 * Fetching and decoding the basemap layers served by /basemap/<layer> (same origin: the CSP allows nothing else).
 */
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import {
  ADMIN_OBJECTS,
  HYDRO_OBJECTS,
  labelsFileSchema,
  topologySchema,
} from '@/lib/basemap/schema';
import type { Admin1Props, BasemapLayer, Label, Topo } from '@/lib/basemap/schema';

export interface BasemapShapes {
  land: FeatureCollection | Feature;
  lakes: FeatureCollection | Feature;
  rivers: FeatureCollection | Feature;
  countryBorders: MultiLineString;
  admin1Borders: MultiLineString;
}

/** URL of a layer; the route serves only whitelisted names. */
export function layerUrl(layer: BasemapLayer): string {
  return `/basemap/${layer}`;
}

/** Fetches the three geometry layers and turns them into GeoJSON ready for L.geoJSON. */
export async function fetchShapes(signal: AbortSignal): Promise<BasemapShapes> {
  const [admin, hydro] = await Promise.all([fetchTopology('admin', signal), fetchTopology('hydro', signal)]);
  const countries = objectOf(admin, ADMIN_OBJECTS.countries);
  const admin1 = objectOf(admin, ADMIN_OBJECTS.admin1);
  return {
    land: feature(admin, objectOf(admin, ADMIN_OBJECTS.land)),
    lakes: feature(hydro, objectOf(hydro, HYDRO_OBJECTS.lakes)),
    rivers: feature(hydro, objectOf(hydro, HYDRO_OBJECTS.rivers)),
    // Shared arcs between two different countries are borders; coastlines come from the land fill.
    countryBorders: mesh(admin, countries, (a, b) => a !== b),
    admin1Borders: mesh(admin, admin1, (a, b) => a !== b && ccOf(a) === ccOf(b)),
  };
}

/** Fetches and validates one labels layer. */
export async function fetchLabels(layer: 'labels' | 'labels-detail', signal: AbortSignal): Promise<Label[]> {
  const parsed = labelsFileSchema.safeParse(await fetchJson(layer, signal));
  if (!parsed.success) throw new Error(`Basemap layer ${layer} is malformed: ${parsed.error.message}`);
  return parsed.data.labels;
}

async function fetchTopology(layer: BasemapLayer, signal: AbortSignal): Promise<Topo> {
  const parsed = topologySchema.safeParse(await fetchJson(layer, signal));
  if (!parsed.success) throw new Error(`Basemap layer ${layer} is not a topology: ${parsed.error.message}`);
  return parsed.data as unknown as Topo;
}

async function fetchJson(layer: BasemapLayer, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(layerUrl(layer), { signal });
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
