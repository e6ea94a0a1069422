/** What every explorer map shares: its zoom range and the Leaflet options both modes set alike. */
export const MAP_MIN_ZOOM = 1;
export const MAP_MAX_ZOOM = 12; // the offline basemap carries no detail beyond this

/** MapContainer options of the explorer's maps (the file mode's and the store mode's). */
export const EXPLORER_MAP_OPTIONS = {
  className: 'explorer-map',
  minZoom: MAP_MIN_ZOOM,
  maxZoom: MAP_MAX_ZOOM,
  worldCopyJump: true,
  zoomSnap: 1,
  // Our tiles are drawn on the page, not downloaded: a fade-in would only add a per-frame opacity loop.
  fadeAnimation: false,
  attributionControl: true,
} as const;
