'use client';
/**
 * The offline basemap, drawn from data we ship (geodata/basemap via /basemap/<layer>): sea as the map background,
 * land, lakes, rivers, country and admin-1 borders on one canvas, and place labels that appear with zoom.
 * With NEXT_PUBLIC_TILE_URL set, raster tiles are drawn over the vector basemap (which still shows if they fail).
 */
import { useEffect } from 'react';
import L from 'leaflet';
import type { GeoJSON as GeoJsonObject } from 'geojson';
import { TileLayer, useMap } from 'react-leaflet';
import { DETAIL_LABEL_MIN_ZOOM } from '@/lib/basemap/schema';
import type { Label } from '@/lib/basemap/schema';
import { fetchHydroShapes, fetchLabels, fetchLandShapes } from './basemap-data';
import { LabelLayer } from './basemap-labels';
import { staticCanvas } from './basemap-renderer';
import {
  ADMIN1_BORDER_STYLE,
  COUNTRY_BORDER_STYLE,
  DRAW_ORDER,
  LAKE_STYLE,
  LAND_STYLE,
  LOADING_COLOR,
  MIN_ZOOM,
  PANES,
  SEA_COLOR,
  riverStyle,
} from './basemap-style';
import type { BasemapPart } from './basemap-style';
import { toLatLng } from './latlng';

/** Credit for the data we ship (plain text: Leaflet renders attributions as HTML, so no markup or links here). */
export const BASEMAP_ATTRIBUTION = 'Natural Earth (public domain) · GeoNames (CC BY 4.0)';

/** Leaflet's line simplification in screen px: fewer vertices to clip and draw, no visible change at 0.6 px strokes. */
const BASEMAP_SMOOTH_PX = 1.5;

const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL;
const TILE_ATTRIBUTION = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION;

/**
 * Progress of the vector basemap, on the map container as `data-basemap` (browser tests wait for "drawn" before a
 * screenshot): the sea colour appears only with the land, so a slow or failed load never looks like open sea.
 */
export type BasemapStatus = 'loading' | 'drawn' | 'failed';
export const BASEMAP_STATUS_ATTRIBUTE = 'data-basemap';

export function Basemap() {
  const map = useMap();

  useEffect(() => {
    const container = map.getContainer();
    const previousBackground = container.style.background;
    const setStatus = (status: BasemapStatus) => {
      container.setAttribute(BASEMAP_STATUS_ATTRIBUTE, status);
      container.style.background = status === 'drawn' ? SEA_COLOR : LOADING_COLOR;
    };
    setStatus('loading');
    for (const pane of Object.values(PANES)) ensurePane(map, pane.name, pane.zIndex);
    map.attributionControl?.addAttribution(BASEMAP_ATTRIBUTION);

    const renderer = staticCanvas(PANES.base.name);
    const group = L.layerGroup().addTo(map);
    // Raster tiles carry their own labels; ours would double them.
    const labels = TILE_URL ? null : new LabelLayer(PANES.labels.name).addTo(map);
    const controller = new AbortController();
    // Parts arrive in any order (land and hydro are separate files); each is drawn in its DRAW_ORDER slot.
    const parts = new Map<BasemapPart, L.GeoJSON>();
    let baseLabels: readonly Label[] = [];
    let detailLabels: readonly Label[] = [];
    let frame = 0;
    // Whichever labels file arrives last, the layer gets both, base (higher priority) first.
    const showLabels = () => labels?.setLabels([...baseLabels, ...detailLabels]);
    let detailRequested = false;

    const onZoom = () => {
      const zoom = map.getZoom();
      // The canvas paints paths in the order they joined it: restacking bottom-up keeps the land fill from hiding
      // rivers that arrived first, and a part shown again on zoom-in from covering the borders.
      for (const name of DRAW_ORDER) {
        const layer = parts.get(name);
        if (!layer) continue;
        if (zoom < MIN_ZOOM[name]) {
          group.removeLayer(layer);
          continue;
        }
        group.addLayer(layer);
        layer.bringToFront();
      }
      parts.get('rivers')?.setStyle(riverStyle(zoom));
      // Town labels are fetched only when the map first gets close to where they show.
      if (labels && !detailRequested && zoom >= DETAIL_LABEL_MIN_ZOOM - 1) {
        detailRequested = true;
        fetchLabels('labels-detail', controller.signal)
          .then((detail) => {
            detailLabels = detail;
            showLabels();
          })
          .catch(warnUnlessAborted);
      }
    };
    const vector = (data: GeoJsonObject, style: L.PathOptions) => {
      // Leaflet hands these options to every path it creates, so `renderer` puts them all on our canvas.
      const options: L.GeoJSONOptions & Pick<L.PolylineOptions, 'renderer' | 'smoothFactor'> = {
        style: () => style,
        renderer,
        smoothFactor: BASEMAP_SMOOTH_PX,
        interactive: false,
        coordsToLatLng,
      };
      return L.geoJSON(data, options);
    };
    const addParts = (added: Partial<Record<BasemapPart, L.GeoJSON>>) => {
      for (const [name, layer] of Object.entries(added) as Array<[BasemapPart, L.GeoJSON]>) parts.set(name, layer);
      onZoom();
    };

    // Land and hydro load independently: the land (what makes the map readable) never waits for the rivers.
    fetchLandShapes(controller.signal)
      .then((shapes) => {
        addParts({
          land: vector(shapes.land, LAND_STYLE),
          admin1Borders: vector(shapes.admin1Borders, ADMIN1_BORDER_STYLE),
          countryBorders: vector(shapes.countryBorders, COUNTRY_BORDER_STYLE),
        });
        // The canvas repaints on the next animation frame (queued by addLayer); the sea shows after it, not before.
        frame = requestAnimationFrame(() => setStatus('drawn'));
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setStatus('failed');
        warnUnlessAborted(error);
      });
    fetchHydroShapes(controller.signal)
      .then((shapes) => {
        addParts({
          lakes: vector(shapes.lakes, LAKE_STYLE),
          rivers: vector(shapes.rivers, riverStyle(map.getZoom())),
        });
      })
      .catch(warnUnlessAborted);
    if (labels) {
      fetchLabels('labels', controller.signal)
        .then((base) => {
          baseLabels = base;
          showLabels();
        })
        .catch(warnUnlessAborted);
    }
    map.on('zoomend', onZoom);

    return () => {
      controller.abort();
      cancelAnimationFrame(frame);
      map.off('zoomend', onZoom);
      group.remove();
      labels?.remove();
      map.attributionControl?.removeAttribution(BASEMAP_ATTRIBUTION);
      container.style.background = previousBackground;
      container.removeAttribute(BASEMAP_STATUS_ATTRIBUTE);
    };
  }, [map]);

  if (!TILE_URL) return null;
  return <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION ?? ''} />;
}

/** Leaflet's GeoJSON reader, routed through the one [lng, lat] → [lat, lng] helper. */
function coordsToLatLng(coords: [number, number] | [number, number, number]): L.LatLng {
  return L.latLng(toLatLng([coords[0], coords[1]]));
}

function ensurePane(map: L.Map, name: string, zIndex: number): void {
  if (map.getPane(name)) return;
  const pane = map.createPane(name);
  pane.style.zIndex = String(zIndex);
  pane.style.pointerEvents = 'none';
}

function warnUnlessAborted(error: unknown): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  console.warn('basemap:', error);
}
