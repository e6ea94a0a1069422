'use client';
/**
 * The outline of an admin-1 or country area (dashed, translucent fill) for places known only to that precision,
 * fetched from /basemap/areas/<layer>/<key>.
 */
import { useEffect, useState } from 'react';
import L from 'leaflet';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { useMap } from 'react-leaflet';
import * as z from 'zod/mini'; // not zod: its chained API cannot be left out of the page's bundle
import type { AreaRef } from '@/lib/geojson/schema';
import { toLatLng } from './latlng';

const OUTLINE_STYLE: L.PathOptions = {
  color: '#475569',
  weight: 1.5,
  dashArray: '6 4',
  fillColor: '#64748b',
  fillOpacity: 0.07,
  interactive: false,
};
const SELECTED_STYLE: L.PathOptions = { ...OUTLINE_STYLE, color: '#c2410c', weight: 2.5, fillColor: '#f97316', fillOpacity: 0.14 };

const position = z.array(z.number()).check(z.minLength(2));
const ring = z.array(position);
const areaFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.union([
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
  ]),
  properties: z.looseObject({ name: z.string() }),
});

/** URL of an area's polygon on our own server. */
export function areaUrl(area: NonNullable<AreaRef>): string {
  return `/basemap/areas/${area.layer}/${encodeURIComponent(area.key)}`;
}

export interface AreaOutlineProps {
  area: NonNullable<AreaRef>;
  selected?: boolean;
}

export function AreaOutline({ area, selected = false }: AreaOutlineProps) {
  const map = useMap();
  const [shape, setShape] = useState<Feature<Polygon | MultiPolygon> | null>(null);
  const url = areaUrl(area);

  useEffect(() => {
    const controller = new AbortController();
    setShape(null);
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`Area ${url}: HTTP ${response.status}`);
        const parsed = areaFeatureSchema.safeParse(await response.json());
        if (!parsed.success) throw new Error(`Area ${url} is malformed: ${parsed.error.message}`);
        setShape(parsed.data as Feature<Polygon | MultiPolygon>);
      })
      .catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'AbortError')) console.warn('area outline:', error);
      });
    return () => controller.abort();
  }, [url]);

  useEffect(() => {
    if (!shape) return;
    const layer = L.geoJSON(shape, {
      style: () => (selected ? SELECTED_STYLE : OUTLINE_STYLE),
      interactive: false,
      coordsToLatLng: (coords: [number, number] | [number, number, number]) => L.latLng(toLatLng([coords[0], coords[1]])),
    }).addTo(map);
    if (selected) layer.bringToFront();
    return () => {
      layer.remove();
    };
  }, [map, shape, selected]);

  return null;
}
