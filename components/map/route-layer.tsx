'use client';
/** Movement routes: a line from → to in the first actor's colour, an arrow head at the destination (canvas tiles). */
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useLayerOnMap } from './use-layer';
import type { ExplorerRoute } from '@/lib/explorer-data/types';
import { RouteTiles } from './route-tiles';

// Below the marker panes: arrow heads never cover a cluster's count.
const ROUTE_PANE = 'overlayPane';

export interface RouteLayerProps {
  routes: readonly ExplorerRoute[];
  colorOf: (route: ExplorerRoute) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function RouteLayer({ routes, colorOf, selectedId, onSelect }: RouteLayerProps) {
  const map = useMap();
  const select = useRef(onSelect); // the latest handler, without recreating the layer
  select.current = onSelect;
  const layer = useMemo(() => new RouteTiles({ pane: ROUTE_PANE, onSelect: (id) => select.current(id) }), []);

  useLayerOnMap(layer, map);

  useEffect(() => {
    layer.setRoutes(routes, colorOf, selectedId);
  }, [layer, routes, colorOf, selectedId]);

  return null;
}
