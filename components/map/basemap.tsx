'use client';
/**
 * The offline basemap, drawn from data we ship (geodata/basemap via /basemap/<layer>): sea as the map background,
 * land, lakes, rivers, country and admin-1 borders on canvas tiles, and place labels that appear with zoom.
 * With NEXT_PUBLIC_TILE_URL set, raster tiles are drawn over the vector basemap (which still shows if they fail).
 */
import { useEffect } from 'react';
import L from 'leaflet';
import { TileLayer, useMap } from 'react-leaflet';
import { DETAIL_LABEL_MIN_ZOOM } from '@/lib/basemap/schema';
import type { Label } from '@/lib/basemap/schema';
import { fetchLabels } from './basemap-data';
import type { PackedShapes } from './basemap-shapes';
import { basemapLoader } from './basemap-worker-client';
import { BasemapTiles, type PartStyle } from './basemap-tiles';
import { LabelPainter } from './label-painter';
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

/** Credit for the data we ship (plain text: Leaflet renders attributions as HTML, so no markup or links here). */
export const BASEMAP_ATTRIBUTION = 'Natural Earth (public domain) · GeoNames (CC BY 4.0)';

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

    // Raster tiles carry their own labels; ours would double them.
    const labels = TILE_URL ? null : new LabelPainter();
    const tiles = new BasemapTiles(PANES.base.name, DRAW_ORDER, labels).addTo(map);
    const controller = new AbortController();
    let baseLabels: readonly Label[] = [];
    let detailLabels: readonly Label[] = [];
    let frame = 0;
    // Whichever labels file arrives last, the layer gets both, base (higher priority) first.
    const showLabels = () => tiles.setLabels([...baseLabels, ...detailLabels]);
    let detailRequested = false;

    const onZoom = () => {
      const zoom = map.getZoom();
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
    // Parts arrive in any order (land and hydro are separate files); the tiles draw them in DRAW_ORDER.
    const addPart = (name: BasemapPart, shapes: PackedShapes, style: PartStyle | ((zoom: number) => PartStyle), filled: boolean) =>
      tiles.setShapes(name, shapes, { style, filled, minZoom: MIN_ZOOM[name] });
    // Decoding and projecting the topologies happens in a worker (tasks of 100–370 ms on the page otherwise).
    const loader = basemapLoader(controller.signal);

    // Land and hydro load independently: the land (what makes the map readable) never waits for the rivers.
    loader
      .load('admin')
      .then((shapes) => {
        // The sea colour shows with the frame after the land is on every tile in view, not before.
        tiles.once('painted', () => {
          frame = requestAnimationFrame(() => setStatus('drawn'));
        });
        // Already projected: the tiles draw the three together, in tasks after this one.
        if (controller.signal.aborted) return;
        addPart('land', shapes.land, LAND_STYLE, true);
        addPart('admin1Borders', shapes.admin1Borders, ADMIN1_BORDER_STYLE, false);
        addPart('countryBorders', shapes.countryBorders, COUNTRY_BORDER_STYLE, false);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setStatus('failed');
        warnUnlessAborted(error);
      });
    loader
      .load('hydro')
      .then((shapes) => {
        if (controller.signal.aborted) return;
        addPart('lakes', shapes.lakes, LAKE_STYLE, true);
        addPart('rivers', shapes.rivers, riverStyle, false);
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
    onZoom(); // a link may open the map at town level already: no zoomend would ever fetch the town labels

    return () => {
      controller.abort();
      loader.close();
      cancelAnimationFrame(frame);
      map.off('zoomend', onZoom);
      tiles.remove();
      map.attributionControl?.removeAttribution(BASEMAP_ATTRIBUTION);
      container.style.background = previousBackground;
      container.removeAttribute(BASEMAP_STATUS_ATTRIBUTE);
    };
  }, [map]);

  if (!TILE_URL) return null;
  return <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION ?? ''} />;
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
