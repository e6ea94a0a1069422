'use client';
/** A small map of one article's events (dots) and routes (lines), fitted to them, on the offline basemap. */
import 'leaflet/dist/leaflet.css';
import { CircleMarker, MapContainer, Polyline, Tooltip } from 'react-leaflet';
import type { LatLngBoundsLiteral } from 'leaflet';
import type { LngLat } from '@/lib/explorer-data/types';
import { Basemap } from '@/components/map/basemap';
import { toLatLng } from '@/components/map/latlng';

export interface ArticleMapProps {
  events: { id: string; lngLat: LngLat; label: string }[];
  routes: { id: string; coordinates: readonly LngLat[] }[];
}

const FIT_MAX_ZOOM = 8; // never closer than this when fitting the article's events
const MARKER_RADIUS = 7; // pixels
const WORLD: LatLngBoundsLiteral = [[-50, -150], [70, 160]];

export default function ArticleMap({ events, routes }: ArticleMapProps) {
  const points = [...events.map((e) => e.lngLat), ...routes.flatMap((r) => r.coordinates)];
  const bounds: LatLngBoundsLiteral = points.length === 0 ? WORLD : (points.map((p) => toLatLng(p)) as LatLngBoundsLiteral);
  return (
    <MapContainer className="article-map-canvas" bounds={bounds} boundsOptions={{ maxZoom: FIT_MAX_ZOOM, padding: [20, 20] }} fadeAnimation={false}>
      <Basemap />
      {routes.map((r) => (
        <Polyline key={r.id} positions={r.coordinates.map((c) => toLatLng(c))} pathOptions={{ color: '#1f5fbf', weight: 3 }} />
      ))}
      {events.map((e) => (
        <CircleMarker key={e.id} center={toLatLng(e.lngLat)} radius={MARKER_RADIUS} pathOptions={{ color: '#fff', fillColor: '#c2410c', fillOpacity: 0.9, weight: 2 }}>
          <Tooltip>{e.label}</Tooltip>
        </CircleMarker>
      ))}
    </MapContainer>
  );
}
