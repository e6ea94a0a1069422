'use client';
/** The explorer's map: offline basemap, area outlines for low-precision events, routes, clustered events. */
import 'leaflet/dist/leaflet.css';
import { useMemo } from 'react';
import type { LatLngBoundsExpression, LatLngExpression, Map as LeafletMap } from 'leaflet';
import { MapContainer } from 'react-leaflet';
import type { MapEvent, MapPlace, ExplorerRoute } from '@/lib/explorer-data/types';
import type { Bounds } from '@/lib/filters/filter-events';
import type { MapView } from '@/lib/url';
import { AreaOutline } from './area-outline';
import { Basemap } from './basemap';
import { EventLayer, type EventPoints } from './event-layer';
import { RouteLayer } from './route-layer';
import { ViewSync } from './view-sync';
import { EXPLORER_MAP_OPTIONS } from './map-options';

const MAX_OUTLINES = 40; // area outlines drawn at once; the rest are still hollow markers

export type InitialView = { kind: 'view'; center: LatLngExpression; zoom: number } | { kind: 'bounds'; bounds: LatLngBoundsExpression; maxZoom: number };

export interface EventMapProps {
  initialView: InitialView;
  events: readonly MapEvent[];
  /** the point of each event (see EventPoints) */
  eventPoints: EventPoints;
  routes: readonly ExplorerRoute[];
  /** low-precision places with events in the current filter, most events first */
  outlinedPlaces: readonly MapPlace[];
  selectedId: string | null;
  /** the selected place, or the place of the selected event: its area outline stands out */
  highlightPlaceId: string | null;
  eventColor: (event: MapEvent) => string;
  routeColor: (route: ExplorerRoute) => string;
  describe: (event: MapEvent) => string;
  onSelect: (id: string) => void;
  popView: MapView | null;
  popCount: number;
  onViewChange: (view: MapView, bounds: Bounds) => void;
  onMapReady: (map: LeafletMap) => void;
}

export default function EventMap(props: EventMapProps) {
  const { initialView } = props;
  // MapContainer reads its initial view once; later moves go through the map instance.
  const start = useMemo(() => initialView, []); // eslint-disable-line react-hooks/exhaustive-deps
  const outlines = props.outlinedPlaces.slice(0, MAX_OUTLINES);
  return (
    <MapContainer
      {...EXPLORER_MAP_OPTIONS}
      {...(start.kind === 'view'
        ? { center: start.center, zoom: start.zoom }
        : { bounds: start.bounds, boundsOptions: { maxZoom: start.maxZoom, padding: [24, 24] } })}
    >
      <Basemap />
      {outlines.map((place) =>
        place.area ? (
          <AreaOutline key={place.id} area={place.area} selected={place.id === props.highlightPlaceId} />
        ) : null,
      )}
      <RouteLayer routes={props.routes} colorOf={props.routeColor} selectedId={props.selectedId} onSelect={props.onSelect} />
      <EventLayer
        events={props.events}
        points={props.eventPoints}
        colorOf={props.eventColor}
        selectedId={props.selectedId}
        onSelect={props.onSelect}
        describe={props.describe}
      />
      <ViewSync
        popView={props.popView}
        popCount={props.popCount}
        onViewChange={props.onViewChange}
        onMapReady={props.onMapReady}
      />
    </MapContainer>
  );
}
