'use client';
/** Movement routes: a line from → to in the first actor's colour, an arrow head at the destination. */
import { memo, useMemo } from 'react';
import L from 'leaflet';
import { Marker, Polyline, Tooltip } from 'react-leaflet';
import type { ExplorerRoute, LngLat } from '@/lib/explorer-data/types';
import { toLatLng } from './latlng';
import { arrowIcon } from './marker-icons';

const LINE_WEIGHT = 2.5; // px
const SELECTED_WEIGHT = 5; // px
const LINE_DASH = '6 5'; // px dash/gap: a route is a movement, not a border
const CASING_EXTRA = 3; // px of white casing each side, so a route never reads as a river or border
// Arrow heads sit above the route canvas but below event markers, so they never cover a cluster's count.
const ARROW_PANE = 'shadowPane';
const CANVAS_PADDING = 0.5; // fraction of the view drawn beyond each edge, so short pans show no blank strip

export interface RouteLayerProps {
  routes: readonly ExplorerRoute[];
  colorOf: (route: ExplorerRoute) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function RouteLayer({ routes, colorOf, selectedId, onSelect }: RouteLayerProps) {
  // One canvas for every route: a thousand dashed SVG paths made each pan and zoom repaint for over a second.
  const renderer = useMemo(() => L.canvas({ padding: CANVAS_PADDING }), []);
  return (
    <>
      {routes.map((route) => (
        <RouteLine
          key={route.id}
          route={route}
          color={colorOf(route)}
          selected={route.id === selectedId}
          onSelect={onSelect}
          renderer={renderer}
        />
      ))}
    </>
  );
}

/** Memoised: the explorer re-renders on every map move, and re-rendering a route re-styles its Leaflet paths. */
const RouteLine = memo(function RouteLine({
  route,
  color,
  selected,
  onSelect,
  renderer,
}: {
  route: ExplorerRoute;
  color: string;
  selected: boolean;
  onSelect: (id: string) => void;
  renderer: L.Renderer;
}) {
  const positions = useMemo(() => route.coordinates.map((c) => toLatLng(c)), [route.coordinates]);
  const last = route.coordinates.at(-1);
  const before = route.coordinates.at(-2);
  const icon = useMemo(
    () => (last && before ? arrowIcon(screenAngle(before, last), color, selected) : null),
    [last, before, color, selected],
  );
  const label = `Route: ${route.fromName} → ${route.toName}`;
  const weight = selected ? SELECTED_WEIGHT : LINE_WEIGHT;
  const casing = useMemo(
    () => ({ color: '#ffffff', weight: weight + 2 * CASING_EXTRA, opacity: selected ? 0.95 : 0.75, lineCap: 'round' as const }),
    [weight, selected],
  );
  const line = useMemo(
    () => ({
      color,
      weight,
      opacity: selected ? 1 : 0.8,
      dashArray: selected ? undefined : LINE_DASH,
      className: selected ? 'route-line is-selected' : 'route-line',
    }),
    [color, weight, selected],
  );
  const handlers = useMemo(() => ({ click: () => onSelect(route.id) }), [onSelect, route.id]);
  return (
    <>
      <Polyline positions={positions} interactive={false} pathOptions={casing} renderer={renderer} />
      <Polyline positions={positions} pathOptions={line} eventHandlers={handlers} renderer={renderer}>
        <Tooltip sticky>{label}</Tooltip>
      </Polyline>
      {icon && last ? (
        <Marker
          position={toLatLng(last)}
          icon={icon}
          pane={ARROW_PANE}
          interactive={false}
          keyboard={false}
          zIndexOffset={selected ? 500 : 0}
        />
      ) : null}
    </>
  );
});

/** Bearing on screen, degrees clockwise from east; Web Mercator is conformal, so one zoom serves all. */
function screenAngle(from: LngLat, to: LngLat): number {
  const a = L.CRS.EPSG3857.latLngToPoint(L.latLng(toLatLng(from)), 0);
  const b = L.CRS.EPSG3857.latLngToPoint(L.latLng(toLatLng(to)), 0);
  return (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
}
