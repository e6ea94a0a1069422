'use client';
/**
 * What the store sends for a view, drawn: its markers (the event's type shape in its first actor's colour) or its
 * clusters, aggregated in the database. A cluster click zooms in on it; a marker click selects the event.
 */
import { useEffect, useMemo } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { ViewResult } from '@/lib/store/types';
import { toLatLng } from './latlng';
import { useLayerOnMap } from './use-layer';
import { clusterIcon, eventIcon } from './marker-icons';

const CLUSTER_COLOR = '#37474f'; // a store cluster mixes actors: one neutral colour
const CLUSTER_ZOOM_STEP = 2; // zoom levels a cluster click goes in

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

  useEffect(() => {
    if (result === null) return;
    group.clearLayers();
    if (result.kind === 'clusters') {
      for (const cluster of result.clusters) {
        const marker = L.marker(toLatLng(cluster.lngLat), { icon: clusterIcon(cluster.count, CLUSTER_COLOR, false), keyboard: false });
        marker.on('click', () => map.setView(toLatLng(cluster.lngLat), Math.min(map.getMaxZoom(), map.getZoom() + CLUSTER_ZOOM_STEP)));
        group.addLayer(marker);
        marker.getElement()?.setAttribute('data-cluster-count', String(cluster.count));
      }
    } else {
      for (const event of result.markers) {
        const selected = event.id === selectedId;
        const marker = L.marker(toLatLng(event.lngLat), { icon: eventIcon(event, colorOf(event.actorIds[0]), selected), zIndexOffset: selected ? 1000 : 0 });
        marker.on('click', () => onSelect(event.id));
        group.addLayer(marker);
        const element = marker.getElement();
        element?.setAttribute('data-event-id', event.id);
        element?.setAttribute('aria-label', `${event.date ?? 'undated'} — ${event.typeSlug} — ${event.actorIds.join(', ') || 'no actor'}`);
      }
    }
    const w = window as ExplorerWindow;
    w.__explorerReady = true;
    w.__explorerRenders = (w.__explorerRenders ?? 0) + 1;
  }, [result, group, map, colorOf, selectedId, onSelect]);

  return null;
}
