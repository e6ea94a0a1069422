'use client';
/**
 * What the store sends for a view, drawn: its markers (the event's type shape in its first actor's colour) or its
 * clusters, aggregated in the database. A cluster click zooms in on it; a marker click selects the event.
 */
import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { ViewMarker, ViewResult } from '@/lib/store/types';
import { toLatLng } from './latlng';
import { useLayerOnMap } from './use-layer';
import { clusterIcon, eventIcon } from './marker-icons';

const CLUSTER_COLOR = '#37474f'; // a store cluster mixes actors: one neutral colour
const CLUSTER_ZOOM_STEP = 2; // zoom levels a cluster click goes in
const SELECTED_Z = 1000; // z-index offset that puts the selected marker above its neighbours

export interface StoreLayerProps {
  result: ViewResult | null;
  colorOf: (actorId: string | undefined) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

type ExplorerWindow = Window & { __explorerReady?: boolean; __explorerRenders?: number };

export function StoreLayer({ result, colorOf, selectedId, onSelect }: StoreLayerProps) {
  const map = useMap();
  const group = useMemo(() => L.layerGroup(), []);
  useLayerOnMap(group, map);
  // the markers on the map by what they show: a new answer adds and removes only what changed (a pan keeps most
  // clusters, each a DOM node Leaflet would otherwise rebuild and lay out again)
  const drawn = useRef(new Map<string, L.Marker>());
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (result === null) return;
    const next = new Map<string, L.Marker>();
    const keep = (key: string, make: () => L.Marker): void => {
      next.set(key, drawn.current.get(key) ?? make());
    };
    if (result.kind === 'clusters') {
      for (const cluster of result.clusters) {
        keep(`c ${cluster.lngLat[0]} ${cluster.lngLat[1]} ${cluster.count}`, () => clusterMarker(map, cluster.lngLat, cluster.count));
      }
    } else {
      for (const event of result.markers) {
        const selected = event.id === selectedId;
        const color = colorOf(event.actorIds[0]);
        keep(`m ${event.id} ${event.lngLat[0]} ${event.lngLat[1]} ${event.typeSlug} ${event.precision} ${color} ${selected}`, () =>
          eventMarker(event, color, selected, (id) => select.current(id)),
        );
      }
    }
    for (const [key, marker] of drawn.current) if (!next.has(key)) group.removeLayer(marker);
    for (const [key, marker] of next) if (!drawn.current.has(key)) group.addLayer(marker);
    drawn.current = next;
    const w = window as ExplorerWindow;
    w.__explorerReady = true;
    w.__explorerRenders = (w.__explorerRenders ?? 0) + 1;
  }, [result, group, map, colorOf, selectedId]);

  return null;
}

// --- private helpers ---

function clusterMarker(map: L.Map, lngLat: readonly [number, number], count: number): L.Marker {
  const marker = L.marker(toLatLng(lngLat), { icon: clusterIcon(count, CLUSTER_COLOR, false), keyboard: false });
  marker.on('click', () => map.setView(toLatLng(lngLat), Math.min(map.getMaxZoom(), map.getZoom() + CLUSTER_ZOOM_STEP)));
  marker.on('add', () => marker.getElement()?.setAttribute('data-cluster-count', String(count)));
  return marker;
}

function eventMarker(event: ViewMarker, color: string, selected: boolean, onSelect: (id: string) => void): L.Marker {
  const marker = L.marker(toLatLng(event.lngLat), { icon: eventIcon(event, color, selected), zIndexOffset: selected ? SELECTED_Z : 0 });
  marker.on('click', () => onSelect(event.id));
  marker.on('add', () => {
    const element = marker.getElement();
    element?.setAttribute('data-event-id', event.id);
    element?.setAttribute('aria-label', `${event.date ?? 'undated'} — ${event.typeSlug} — ${event.actorIds.join(', ') || 'no actor'}`);
  });
  return marker;
}
