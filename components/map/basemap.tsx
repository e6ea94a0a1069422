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
import { fetchLabels, fetchShapes } from './basemap-data';
import { LabelLayer } from './basemap-labels';
import {
  ADMIN1_BORDER_STYLE,
  COUNTRY_BORDER_STYLE,
  LAKE_STYLE,
  LAND_STYLE,
  MIN_ZOOM,
  PANES,
  SEA_COLOR,
  riverStyle,
} from './basemap-style';
import { toLatLng } from './latlng';

/** Credit for the data we ship (plain text: Leaflet renders attributions as HTML, so no markup or links here). */
export const BASEMAP_ATTRIBUTION = 'Natural Earth (public domain) · GeoNames (CC BY 4.0)';

const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL;
const TILE_ATTRIBUTION = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION;

export function Basemap() {
  const map = useMap();

  useEffect(() => {
    const container = map.getContainer();
    const previousBackground = container.style.background;
    container.style.background = SEA_COLOR;
    for (const pane of Object.values(PANES)) ensurePane(map, pane.name, pane.zIndex);
    map.attributionControl?.addAttribution(BASEMAP_ATTRIBUTION);

    const renderer = L.canvas({ pane: PANES.base.name });
    const group = L.layerGroup().addTo(map);
    // Raster tiles carry their own labels; ours would double them.
    const labels = TILE_URL ? null : new LabelLayer(PANES.labels.name).addTo(map);
    const controller = new AbortController();
    let zoomLayers: Array<{ layer: L.Layer; minZoom: number }> = [];
    let rivers: L.GeoJSON | null = null;
    let baseLabels: readonly Label[] = [];
    let detailLabels: readonly Label[] = [];
    // Whichever labels file arrives last, the layer gets both, base (higher priority) first.
    const showLabels = () => labels?.setLabels([...baseLabels, ...detailLabels]);
    let detailRequested = false;

    const onZoom = () => {
      const zoom = map.getZoom();
      for (const { layer, minZoom } of zoomLayers) {
        if (zoom >= minZoom) group.addLayer(layer);
        else group.removeLayer(layer);
      }
      rivers?.setStyle(riverStyle(zoom));
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

    fetchShapes(controller.signal)
      .then((shapes) => {
        const vector = (data: GeoJsonObject, style: L.PathOptions) => {
          // Leaflet hands these options to every path it creates, so `renderer` puts them all on our canvas.
          const options: L.GeoJSONOptions & Pick<L.PathOptions, 'renderer'> = {
            style: () => style,
            renderer,
            interactive: false,
            coordsToLatLng,
          };
          return L.geoJSON(data, options);
        };
        group.addLayer(vector(shapes.land, LAND_STYLE));
        rivers = vector(shapes.rivers, riverStyle(map.getZoom()));
        zoomLayers = [
          { layer: vector(shapes.lakes, LAKE_STYLE), minZoom: MIN_ZOOM.lakes },
          { layer: rivers, minZoom: MIN_ZOOM.rivers },
          { layer: vector(shapes.admin1Borders, ADMIN1_BORDER_STYLE), minZoom: MIN_ZOOM.admin1Borders },
          { layer: vector(shapes.countryBorders, COUNTRY_BORDER_STYLE), minZoom: 0 },
        ];
        onZoom();
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
      map.off('zoomend', onZoom);
      group.remove();
      labels?.remove();
      map.attributionControl?.removeAttribution(BASEMAP_ATTRIBUTION);
      container.style.background = previousBackground;
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
