'use client';
/** Keeps the map view and the URL hash in step: moves report the view; Back/Forward moves the map to the hash. */
import { useEffect, useRef } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Bounds } from '@/lib/filters/filter-events';
import type { MapView } from '@/lib/url';

export interface ViewSyncProps {
  /** the hash's view after a Back/Forward; applied when `popCount` changes */
  popView: MapView | null;
  popCount: number;
  onViewChange: (view: MapView, bounds: Bounds) => void;
  onMapReady: (map: LeafletMap) => void;
}

const SAME_VIEW_TOLERANCE = 1e-5; // degrees: closer than this is the same view

export function ViewSync({ popView, popCount, onViewChange, onMapReady }: ViewSyncProps) {
  const map = useMap();
  const report = useRef(() => {});
  report.current = () => {
    const center = map.getCenter();
    const b = map.getBounds();
    onViewChange({ zoom: map.getZoom(), lat: center.lat, lng: center.lng }, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  };

  useMapEvents({ moveend: () => report.current() });

  useEffect(() => {
    onMapReady(map);
    report.current();
  }, [map, onMapReady]);

  useEffect(() => {
    if (popCount === 0 || popView === null) return;
    const center = map.getCenter();
    const same =
      Math.abs(center.lat - popView.lat) < SAME_VIEW_TOLERANCE &&
      Math.abs(center.lng - popView.lng) < SAME_VIEW_TOLERANCE &&
      map.getZoom() === popView.zoom;
    if (!same) map.setView([popView.lat, popView.lng], popView.zoom, { animate: false });
    // popView is read only when a popstate happened
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [popCount, map]);

  return null;
}
