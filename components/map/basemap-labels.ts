/**
 * Place labels as DOM text (textContent only) in their own pane. After every move the labels of the view are placed
 * greedily in priority order (the order of the labels files): one that would overlap a placed label is skipped,
 * so low zooms show the big names only and never a pile of text.
 */
import L from 'leaflet';
import { LABEL_KINDS } from '@/lib/basemap/schema';
import type { Label } from '@/lib/basemap/schema';
import { toLatLng } from './latlng';
import {
  CITY_DOT_PX,
  LABEL_COLORS,
  LABEL_FONTS,
  LABEL_GAP_PX,
  LABEL_HALO,
  LABEL_HEIGHT_PX,
  MAX_LABELS_PER_VIEW,
} from './basemap-style';
import { nextTask } from './next-task';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const VIEW_PAD = 0.1; // fraction of the view added around it, so labels at the edge do not pop in late
const DOT_TEXT_GAP_PX = 3;

/** A Leaflet layer drawing labels in `pane`; `setLabels` replaces the list (e.g. when detail labels arrive). */
export class LabelLayer extends L.Layer {
  private labels: readonly Label[] = [];
  private root: HTMLDivElement | null = null;
  private readonly measure = document.createElement('canvas').getContext('2d');
  private readonly widths = new Map<string, number>();
  private readonly nextRedraw = nextTask(() => this.redraw());

  constructor(private readonly paneName: string) {
    super();
  }

  setLabels(labels: readonly Label[]): this {
    this.labels = labels;
    this.redraw();
    return this;
  }

  override onAdd(map: L.Map): this {
    this.root = L.DomUtil.create('div', 'basemap-labels', map.getPane(this.paneName));
    // moveend follows every zoomend too. The redraw runs in a task of its own, apart from the other moveend work.
    map.on('moveend', this.redrawSoon, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend', this.redrawSoon, this);
    this.nextRedraw.cancel();
    this.root?.remove();
    this.root = null;
    return this;
  }

  private redrawSoon(): void {
    this.nextRedraw.request();
  }

  private redraw(): void {
    const map = this._map as L.Map | undefined;
    const root = this.root;
    if (!map || !root) return;
    root.replaceChildren();
    const zoom = map.getZoom();
    const view = map.getBounds().pad(VIEW_PAD);
    const placed: Box[] = [];
    for (const label of this.labels) {
      if (placed.length >= MAX_LABELS_PER_VIEW) break;
      const [text, lng, lat, minZoom, kind] = label;
      if (minZoom > zoom) continue;
      const latLng = L.latLng(toLatLng([lng, lat]));
      if (!view.contains(latLng)) continue;
      const point = map.latLngToLayerPoint(latLng);
      const box = this.boxOf(text, kind, point);
      if (placed.some((other) => overlaps(box, other))) continue;
      placed.push(box);
      const element = labelElement(text, kind);
      // left/top, not Leaflet's translate3d: a 3D transform made each of up to 250 labels a compositor layer.
      element.style.left = `${point.x}px`;
      element.style.top = `${point.y}px`;
      root.appendChild(element);
    }
  }

  /** Screen box of a label: centred for countries, to the right of its dot for cities. */
  private boxOf(text: string, kind: Label[4], point: L.Point): Box {
    const width = this.textWidth(text, kind);
    const half = LABEL_HEIGHT_PX / 2 + LABEL_GAP_PX;
    if (kind === LABEL_KINDS.country) {
      return { x0: point.x - width / 2 - LABEL_GAP_PX, x1: point.x + width / 2 + LABEL_GAP_PX, y0: point.y - half, y1: point.y + half };
    }
    const left = point.x - CITY_DOT_PX / 2 - LABEL_GAP_PX;
    return { x0: left, x1: point.x + CITY_DOT_PX + DOT_TEXT_GAP_PX + width + LABEL_GAP_PX, y0: point.y - half, y1: point.y + half };
  }

  private textWidth(text: string, kind: Label[4]): number {
    const key = `${kind}\u0000${text}`;
    const known = this.widths.get(key);
    if (known !== undefined) return known;
    let width = text.length * LABEL_HEIGHT_PX * 0.6; // fallback when no canvas context exists
    if (this.measure) {
      this.measure.font = LABEL_FONTS[kind];
      width = this.measure.measureText(text).width;
    }
    this.widths.set(key, width);
    return width;
  }
}

function labelElement(text: string, kind: Label[4]): HTMLDivElement {
  const element = document.createElement('div');
  element.className = `basemap-label basemap-label-${kind === LABEL_KINDS.country ? 'country' : 'city'}`;
  Object.assign(element.style, { position: 'absolute', pointerEvents: 'none' });
  const inner = document.createElement('div');
  Object.assign(inner.style, {
    position: 'absolute',
    whiteSpace: 'nowrap',
    font: LABEL_FONTS[kind],
    color: LABEL_COLORS[kind],
    textShadow: LABEL_HALO,
    lineHeight: `${LABEL_HEIGHT_PX}px`,
  });
  if (kind === LABEL_KINDS.country) {
    inner.style.transform = 'translate(-50%, -50%)';
    inner.textContent = text;
    element.appendChild(inner);
    return element;
  }
  const dot = document.createElement('div');
  Object.assign(dot.style, {
    position: 'absolute',
    width: `${CITY_DOT_PX}px`,
    height: `${CITY_DOT_PX}px`,
    left: `${-CITY_DOT_PX / 2}px`,
    top: `${-CITY_DOT_PX / 2}px`,
    borderRadius: '50%',
    background: LABEL_COLORS[kind],
    boxShadow: '0 0 0 1px #fff',
  });
  inner.style.left = `${CITY_DOT_PX / 2 + DOT_TEXT_GAP_PX}px`;
  inner.style.top = `${-LABEL_HEIGHT_PX / 2}px`;
  inner.textContent = text;
  element.append(dot, inner);
  return element;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
