'use client';
/** Keeps a Leaflet layer on the map while the component that owns it is mounted. */
import { useEffect } from 'react';
import type { Layer, Map as LeafletMap } from 'leaflet';

export function useLayerOnMap(layer: Layer, map: LeafletMap): void {
  useEffect(() => {
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [layer, map]);
}
