/** Leaflet icons for events, clusters, the selection ring and route arrows — all DOM nodes, no HTML strings. */
import L from 'leaflet';
import type { MapEvent } from '@/lib/explorer-data/types';
import { shapeSvg } from './event-shapes';

const MARKER_SIZE = 20; // px, event marker box
const CLUSTER_MIN_SIZE = 30; // px, cluster of 2
const CLUSTER_MAX_SIZE = 56; // px, clusters of 10,000 and more
const RING_SIZE = 48; // px, selection ring (wider than a cluster of a few)
const ARROW_SIZE = 18; // px, route arrow head

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

/** An arrow head pointing `angleDeg` clockwise from east (screen space), anchored at its tip. */
export function arrowIcon(angleDeg: number, color: string, selected: boolean): L.DivIcon {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', String(ARROW_SIZE));
  svg.setAttribute('height', String(ARROW_SIZE));
  svg.setAttribute('aria-hidden', 'true');
  svg.style.transform = `rotate(${angleDeg}deg)`;
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  // The tip is the box centre, so rotation keeps it on the destination.
  path.setAttribute('d', 'M10 10L0 3.5L3 10L0 16.5Z');
  path.setAttribute('fill', color);
  path.setAttribute('stroke', '#ffffff');
  path.setAttribute('stroke-width', selected ? '1.5' : '1');
  svg.append(path);
  const root = document.createElement('div');
  root.className = 'route-arrow' + (selected ? ' is-selected' : '');
  root.append(svg);
  return L.divIcon({
    html: root,
    className: 'route-arrow-icon',
    iconSize: [ARROW_SIZE, ARROW_SIZE],
    iconAnchor: [ARROW_SIZE / 2, ARROW_SIZE / 2],
  });
}
