'use client';
/**
 * Event markers with clustering (supercluster): only the clusters and points of the current view exist in the DOM,
 * so 100,000 events stay fast. Co-located events that never split open as a list of buttons in a popup built from
 * DOM nodes (textContent only; never bindPopup with HTML strings).
 */
import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import Supercluster from 'supercluster';
import { useMap } from 'react-leaflet';
import type { MapEvent } from '@/lib/explorer-data/types';
import { toLatLng } from './latlng';
import { useLayerOnMap } from './use-layer';
import { clusterIcon, eventIcon, selectionRingIcon } from './marker-icons';
import { nextTask } from './next-task';

/** One point per distinct location: geocoded events share their place's point, so 100,000 events are far fewer. */
interface PointProps {
  /** index into the location groups */
  g: number;
  /** events at this location */
  n: number;
  color: string;
  approx: boolean;
}
interface ClusterProps {
  n: number;
  color: string;
  approx: boolean;
}

const CLUSTER_RADIUS = 44; // px: markers closer than this on screen merge
const MIXED_COLOR = '#37474f'; // clusters whose members have different first actors
const MAX_LIST_ITEMS = 50; // events listed in a co-located cluster's popup
const VIEW_PADDING = 0.25; // fraction of the view added on each side before asking for clusters

/** The distinct point of each event: `of[k]` (< count) numbers the point of events[k]; shared points, one number. */
export interface EventPoints {
  of: Int32Array;
  count: number;
}

export interface EventLayerProps {
  events: readonly MapEvent[];
  points: EventPoints;
  colorOf: (event: MapEvent) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  describe: (event: MapEvent) => string;
}

type ExplorerWindow = Window & { __explorerReady?: boolean; __explorerRenders?: number };

export function EventLayer({ events, points, colorOf, selectedId, onSelect, describe }: EventLayerProps) {
  const map = useMap();
  const group = useMemo(() => L.layerGroup(), []);
  const ring = useRef<L.Marker | null>(null);
  // Latest callbacks without rebuilding the index on every render.
  const handlers = useRef({ onSelect, describe, colorOf, selectedId });
  handlers.current = { onSelect, describe, colorOf, selectedId };

  const { index, groups } = useMemo(() => {
    const groups = groupByPoint(points);
    const maxZoom = Math.min(Number.isFinite(map.getMaxZoom()) ? map.getMaxZoom() : 18, 18);
    const sc = new Supercluster<PointProps, ClusterProps>({
      radius: CLUSTER_RADIUS,
      maxZoom: Math.max(0, maxZoom - 1),
      map: (p) => ({ n: p.n, color: p.color, approx: p.approx }),
      reduce: (acc, p) => {
        acc.n += p.n;
        if (acc.color !== p.color) acc.color = MIXED_COLOR;
        acc.approx = acc.approx && p.approx;
      },
    });
    sc.load(
      groups.map((members, g) => {
        const first = events[members[0] ?? 0] as MapEvent;
        const firstActor = first.actorIds[0];
        let color = colorOf(first);
        let approx = true;
        for (const i of members) {
          const e = events[i] as MapEvent;
          // The colour follows the first actor: only another first actor can change it.
          if (color !== MIXED_COLOR && e.actorIds[0] !== firstActor && colorOf(e) !== color) color = MIXED_COLOR;
          approx &&= e.precision === 3;
        }
        return {
          type: 'Feature' as const,
          properties: { g, n: members.length, color, approx },
          geometry: { type: 'Point' as const, coordinates: [first.lngLat[0], first.lngLat[1]] },
        };
      }),
    );
    return { index: sc, groups };
  }, [events, points, colorOf, map]);

  useLayerOnMap(group, map);

  useEffect(() => {
    const render = () => {
      group.clearLayers();
      const zoom = Math.round(map.getZoom());
      const b = map.getBounds().pad(VIEW_PADDING);
      const bbox: [number, number, number, number] = [
        Math.max(-180, b.getWest()),
        Math.max(-85, b.getSouth()),
        Math.min(180, b.getEast()),
        Math.min(85, b.getNorth()),
      ];
      const { selectedId: selected } = handlers.current;
      for (const feature of index.getClusters(bbox, zoom)) {
        const [lng, lat] = feature.geometry.coordinates as [number, number];
        const position = toLatLng([lng, lat]);
        const props = feature.properties;
        const isCluster = 'cluster' in props && props.cluster;
        if (isCluster || props.n > 1) {
          const count = props.n;
          const marker = L.marker(position, {
            icon: clusterIcon(count, props.color, props.approx),
            keyboard: true,
            title: `${count} events here — open`,
            riseOnHover: true,
          });
          if (isCluster) marker.on('click', () => openCluster(props.cluster_id, position));
          else marker.on('click', () => openList(groups[(props as PointProps).g] ?? [], position));
          group.addLayer(marker);
          marker.getElement()?.setAttribute('aria-label', `${count} events here`);
          continue;
        }
        const event = events[groups[(props as PointProps).g]?.[0] ?? -1];
        if (!event) continue;
        const marker = L.marker(position, {
          icon: eventIcon(event, props.color, event.id === selected),
          keyboard: true,
          title: handlers.current.describe(event),
          zIndexOffset: event.id === selected ? 1000 : 0,
        });
        marker.on('click', () => handlers.current.onSelect(event.id));
        group.addLayer(marker);
        const element = marker.getElement();
        element?.setAttribute('data-event-id', event.id);
        element?.setAttribute('aria-label', handlers.current.describe(event));
      }
      const w = window as ExplorerWindow;
      w.__explorerReady = true;
      w.__explorerRenders = (w.__explorerRenders ?? 0) + 1;
    };

    const openCluster = (clusterId: number, position: L.LatLngExpression) => {
      const expansion = index.getClusterExpansionZoom(clusterId);
      if (expansion <= map.getMaxZoom()) {
        map.flyTo(position, expansion);
        return;
      }
      openList(
        index.getLeaves(clusterId, Infinity).flatMap((l) => groups[l.properties.g] ?? []),
        position,
      );
    };

    const openList = (members: readonly number[], position: L.LatLngExpression) => {
      const list = clusterList(
        members.slice(0, MAX_LIST_ITEMS).flatMap((i) => {
          const e = events[i];
          return e ? [e] : [];
        }),
        members.length,
      );
      L.popup({ maxWidth: 320, className: 'event-cluster-popup' }).setLatLng(position).setContent(list).openOn(map);
    };

    const clusterList = (members: readonly MapEvent[], total: number): HTMLElement => {
      const root = document.createElement('div');
      const heading = document.createElement('p');
      heading.className = 'cluster-popup-heading';
      heading.textContent = `${total} events at this spot`;
      const ul = document.createElement('ul');
      ul.className = 'cluster-popup-list';
      for (const member of members) {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.setAttribute('data-event-id', member.id);
        button.textContent = handlers.current.describe(member);
        button.addEventListener('click', () => {
          map.closePopup();
          handlers.current.onSelect(member.id);
        });
        li.append(button);
        ul.append(li);
      }
      root.append(heading, ul);
      if (total > members.length) {
        const more = document.createElement('p');
        more.textContent = `…and ${total - members.length} more (see the list).`;
        root.append(more);
      }
      return root;
    };

    // After a move the markers are redrawn in a task of their own, not inside Leaflet's moveend dispatch (which also
    // redraws the basemap, routes and labels): no single task has to hold all of it.
    const soon = nextTask(render);
    const renderSoon = () => soon.request();
    render();
    map.on('moveend', renderSoon);
    return () => {
      map.off('moveend', renderSoon);
      soon.cancel();
    };
  }, [index, groups, map, group, events, selectedId]);

  // The selection ring marks the selected event even when it sits inside a cluster.
  useEffect(() => {
    ring.current?.remove();
    ring.current = null;
    const selected = selectedId === null ? undefined : events.find((e) => e.id === selectedId);
    if (!selected) return;
    ring.current = L.marker(toLatLng(selected.lngLat), {
      icon: selectionRingIcon(),
      interactive: false,
      keyboard: false,
      zIndexOffset: -1000,
    }).addTo(map);
    return () => {
      ring.current?.remove();
      ring.current = null;
    };
  }, [selectedId, events, map]);

  return null;
}

/** Event indexes grouped by point, in first-seen order (typed slots, no map lookups per event). */
function groupByPoint(points: EventPoints): number[][] {
  const slot = new Int32Array(points.count).fill(-1);
  const groups: number[][] = [];
  for (let k = 0; k < points.of.length; k++) {
    const p = points.of[k] as number;
    const g = slot[p] as number;
    if (g >= 0) (groups[g] as number[]).push(k);
    else {
      slot[p] = groups.length;
      groups.push([k]);
    }
  }
  return groups;
}
