/**
 * Look of the offline basemap: colours, line weights and the zooms at which layers appear. One place to tune it.
 */
import type { PathOptions } from 'leaflet';

/** Map panes of the basemap, under Leaflet's tile pane (200) so optional raster tiles cover the vector basemap. */
export const PANES = {
  base: { name: 'basemap-base', zIndex: 150 }, // land, lakes, rivers, borders and place labels (canvas tiles)
} as const;

export const SEA_COLOR = '#c9dcea';
/**
 * Map background until the land is drawn. Not the sea colour: the land arrives in a 1.7 MB file, and a sea-blue
 * map over an inland place reads as "the place is in the sea" rather than "still loading".
 */
export const LOADING_COLOR = '#e9e7e1';

export const LAND_STYLE: PathOptions = { stroke: true, color: '#b9b2a2', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 };
export const LAKE_STYLE: PathOptions = { stroke: true, color: '#8fb3cf', weight: 0.5, fillColor: SEA_COLOR, fillOpacity: 1 };
export const COUNTRY_BORDER_STYLE: PathOptions = { color: '#8a8173', weight: 1.1, opacity: 0.9 };
export const ADMIN1_BORDER_STYLE: PathOptions = { color: '#a89f90', weight: 0.6, opacity: 0.8, dashArray: '3 3' };

/** Rivers thicken as the map zooms in: weight in px by zoom, the last entry holds above. */
const RIVER_WEIGHTS_PX = [0.6, 0.6, 0.6, 0.7, 0.9, 1.1, 1.4, 1.7, 2] as const;
export function riverStyle(zoom: number): PathOptions {
  const weight = RIVER_WEIGHTS_PX[Math.min(Math.max(Math.round(zoom), 0), RIVER_WEIGHTS_PX.length - 1)] ?? 1;
  return { color: '#5b93c4', weight, opacity: 0.9 };
}

/** The basemap's parts, bottom to top: the land fill under everything it would otherwise hide. */
export const DRAW_ORDER = ['land', 'lakes', 'rivers', 'admin1Borders', 'countryBorders'] as const;
export type BasemapPart = (typeof DRAW_ORDER)[number];

/** Zooms from which a layer is drawn. */
export const MIN_ZOOM: Record<BasemapPart, number> = { land: 0, lakes: 3, rivers: 4, admin1Borders: 4, countryBorders: 0 };

/** Labels: font and colour per kind (country, capital, city) and the halo. Sizes for placement: label-placement.ts. */
export const LABEL_FONTS = [
  '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  '400 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
] as const;
export const LABEL_COLORS = ['#6b6256', '#222222', '#333333'] as const;
export const LABEL_HALO_COLOR = 'rgba(255, 255, 255, 0.9)';
export const LABEL_HALO_PX = 3; // width of the white outline that keeps a name readable over borders and rivers
