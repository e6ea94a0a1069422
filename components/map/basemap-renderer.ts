/**
 * A canvas renderer for the static basemap that keeps its picture while the map pans inside what it already drew.
 * Leaflet's canvas clears and redraws every path after each move (over a second for the world's land, rivers and
 * borders); this one draws a margin around the view and redraws only after a zoom, a resize or a pan that leaves
 * the margin. Between redraws the canvas keeps the position Leaflet gave it, so panning moves it with the map.
 */
import L from 'leaflet';

/** Fraction of the view drawn beyond each edge: a pan shorter than this (in view widths/heights) never redraws. */
export const STATIC_CANVAS_PADDING = 0.4;

/** Leaflet's renderer fields read here (internal to Leaflet 1.9, stable since 1.0). */
interface RendererInternals {
  _map: L.Map | undefined;
  _bounds: L.Bounds | undefined;
  _zoom: number | undefined;
}

/** The state a drawing was made for: the same zoom, pixel origin and size keep its layer coordinates valid. */
interface DrawnFor {
  zoom: number;
  origin: L.Point;
  size: L.Point;
}

/** A canvas renderer in `pane` that skips redraws while the view stays inside its drawn margin. */
export function staticCanvas(pane: string): L.Canvas {
  let drawnFor: DrawnFor | null = null;
  const StaticCanvas = L.Canvas.extend({
    _update(this: L.Canvas & RendererInternals) {
      const map = this._map;
      if (map && drawnFor && this._bounds && coversView(map, this._bounds, drawnFor)) return;
      (L.Canvas.prototype as unknown as { _update: (this: L.Canvas) => void })._update.call(this);
      if (map) drawnFor = { zoom: map.getZoom(), origin: map.getPixelOrigin(), size: map.getSize() };
    },
  }) as unknown as new (options: L.RendererOptions) => L.Canvas;
  return new StaticCanvas({ pane, padding: STATIC_CANVAS_PADDING });
}

/** Whether the last drawing is still valid and contains the whole view (layer pixels, as Leaflet keeps them). */
function coversView(map: L.Map, drawn: L.Bounds, state: DrawnFor): boolean {
  if (map.getZoom() !== state.zoom || !map.getPixelOrigin().equals(state.origin) || !map.getSize().equals(state.size)) {
    return false;
  }
  const size = map.getSize();
  const view = L.bounds(map.containerPointToLayerPoint([0, 0]), map.containerPointToLayerPoint(size));
  return drawn.contains(view);
}
