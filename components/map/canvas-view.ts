/**
 * What a canvas layer drew for (zoom, pixel origin, size, the layer pixels covered) and how its picture follows a
 * zoom animation: shared by the basemap and route canvases, which both skip redraws a pan does not need.
 */
import L from 'leaflet';

export interface DrawnView {
  zoom: number;
  origin: L.Point;
  size: L.Point;
  /** layer pixels the drawing covers */
  area: L.Bounds;
}

/**
 * Whether the drawing still covers the whole view at the same zoom (layer pixels, as Leaflet keeps them).
 * @example if (drawn && stillCovers(map, drawn)) return; // a small pan: keep the picture
 */
export function stillCovers(map: L.Map, drawn: DrawnView): boolean {
  if (map.getZoom() !== drawn.zoom || !map.getPixelOrigin().equals(drawn.origin) || !map.getSize().equals(drawn.size)) {
    return false;
  }
  const view = L.bounds(map.containerPointToLayerPoint([0, 0]), map.containerPointToLayerPoint(map.getSize()));
  return drawn.area.contains(view);
}

/**
 * Moves and scales `canvas`, drawn over `covered`, along Leaflet's zoom animation (as its own Canvas renderer does).
 * @example map.on('zoomanim', (e) => followZoom(map, canvas, covered, e));
 */
export function followZoom(map: L.Map, canvas: HTMLCanvasElement, covered: L.LatLngBounds, e: L.ZoomAnimEvent): void {
  const scale = map.getZoomScale(e.zoom);
  const offset = (map as L.Map & MapInternals)._latLngBoundsToNewLayerBounds(covered, e.zoom, e.center).min;
  if (offset) L.DomUtil.setTransform(canvas, offset, scale);
}

interface MapInternals {
  _latLngBoundsToNewLayerBounds(bounds: L.LatLngBounds, zoom: number, center: L.LatLng): L.Bounds;
}
