/** Leaflet icons for events, clusters and the selection ring — all DOM nodes, no HTML strings. */
import L from 'leaflet';
import type { MapEvent } from '@/lib/explorer-data/types';
import { shapeSvg } from './event-shapes';

const MARKER_SIZE = 20; // px, event marker box
const CLUSTER_MIN_SIZE = 30; // px, cluster of 2
const CLUSTER_MAX_SIZE = 56; // px, clusters of 10,000 and more
const RING_SIZE = 48; // px, selection ring (wider than a cluster of a few)

/** A marker icon for one event: its type's shape, its first actor's colour, hollow when only the area is known. */
export function eventIcon(event: Pick<MapEvent, 'precision' | 'typeSlug'>, color: string, selected: boolean): L.DivIcon {
  const root = document.createElement('div');
  root.className = 'event-marker' + (event.precision === 3 ? ' is-approx' : '') + (selected ? ' is-selected' : '');
  root.append(shapeSvg(event.typeSlug, color, event.precision === 3, MARKER_SIZE));
  return L.divIcon({
    html: root,
    className: 'event-marker-icon',
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
  });
}

/** A cluster bubble sized by the log of its count; `approx` when every member is only known to an area. */
export function clusterIcon(count: number, color: string, approx: boolean): L.DivIcon {
  const size = Math.round(
    Math.min(CLUSTER_MAX_SIZE, CLUSTER_MIN_SIZE + (Math.log10(count) / 4) * (CLUSTER_MAX_SIZE - CLUSTER_MIN_SIZE)),
  );
  const root = document.createElement('div');
  root.className = 'event-cluster-body' + (approx ? ' is-approx' : '');
  root.style.setProperty('--cluster-color', color);
  root.style.width = `${size}px`;
  root.style.height = `${size}px`;
  const label = document.createElement('span');
  label.textContent = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
  root.append(label);
  return L.divIcon({ html: root, className: 'event-cluster', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

/** The ring drawn around the selected event, wherever it sits (even inside a cluster). */
export function selectionRingIcon(): L.DivIcon {
  const root = document.createElement('div');
  root.className = 'event-selection-ring-body';
  return L.divIcon({
    html: root,
    className: 'event-selection-ring',
    iconSize: [RING_SIZE, RING_SIZE],
    iconAnchor: [RING_SIZE / 2, RING_SIZE / 2],
  });
}
