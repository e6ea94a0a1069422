/**
 * The vector basemap on one canvas, drawn by hand. Leaflet's own canvas layers re-projected, clipped and redrew every
 * basemap path at each zoom (100–350 ms tasks on 150,000 vertices). Here the geometry is projected once, to Web
 * Mercator pixels at zoom 0; a redraw skips shapes outside the view by their boxes and draws the others simplified
 * (Douglas–Peucker, half a pixel at that zoom, computed on a shape's first visit of the zoom and kept). Pans inside
 * the drawn margin move the canvas with the map and redraw nothing; the redraw after a zoom runs in its own task.
 */
import L from 'leaflet';
import type { GeoJSON as GeoJsonObject } from 'geojson';
import { shapesOf, type ShapeData } from './basemap-shapes';
import { nextTask } from './next-task';
import { followZoom, stillCovers, type DrawnView } from './canvas-view';

/** Fraction of the view drawn beyond each edge: a pan shorter than this (in view widths/heights) never redraws. */
export const BASEMAP_PADDING = 0.4;
const SIMPLIFY_PX = 1; // Douglas–Peucker tolerance at the zoom drawn, px (strokes are 0.5–2 px)
const SLICE_BUDGET_MS = 12; // drawing time per task before yielding

/** How a part is drawn: Leaflet's path options, same meaning. */
export type PartStyle = Pick<L.PathOptions, 'color' | 'weight' | 'opacity' | 'fillColor' | 'fillOpacity' | 'dashArray' | 'stroke'>;

/** A projected shape and, by zoom level, its rings simplified for that zoom. */
interface Shape extends ShapeData {
  /** by zoom level: the rings simplified for it */
  simplified: Map<number, Float64Array[]>;
}

interface Part {
  shapes: Shape[];
  style: PartStyle;
  filled: boolean;
  visible: boolean;
}

/** The state a drawing was made for: the same zoom, pixel origin and size keep its layer coordinates valid. */
/** A Leaflet layer drawing named parts in `order` (bottom first) on its own canvas in `pane`. */
export class BasemapCanvas extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private readonly parts = new Map<string, Part>();
  private drawn: DrawnView | null = null;
  private covered: L.LatLngBounds | null = null;
  private readonly nextRedraw = nextTask(() => this.redraw());
  private job: { cancel(): void } | null = null;
  private spare: HTMLCanvasElement | null = null;

  constructor(
    private readonly paneName: string,
    private readonly order: readonly string[],
  ) {
    super({ pane: paneName });
  }

  /** Adds or replaces a part (geometry projected here, once) and redraws; the layer fires 'drawn' when it shows. */
  setPart(name: string, data: GeoJsonObject, style: PartStyle, filled: boolean, visible: boolean): this {
    return this.setShapes(name, shapesOf(data), style, filled, visible);
  }

  /** Adds or replaces a part already projected (by the basemap worker) and redraws, like setPart. */
  setShapes(name: string, shapes: readonly ShapeData[], style: PartStyle, filled: boolean, visible: boolean): this {
    this.parts.set(name, { shapes: shapes.map((s) => ({ ...s, simplified: new Map() })), style, filled, visible });
    this.redrawSoon(); // parts added together are drawn together
    return this;
  }

  /** Shows or hides parts and restyles them; redraws (in a task of its own) only when something changed. */
  update(changes: ReadonlyArray<{ name: string; visible: boolean; style?: PartStyle }>): this {
    let changed = false;
    for (const { name, visible, style } of changes) {
      const part = this.parts.get(name);
      if (!part) continue;
      if (part.visible !== visible || (style && JSON.stringify(style) !== JSON.stringify(part.style))) changed = true;
      part.visible = visible;
      if (style) part.style = style;
    }
    if (changed) this.redrawSoon();
    return this;
  }

  override onAdd(map: L.Map): this {
    // Both canvases get their full size now, while the page loads: allocating a fresh 1.5-megapixel canvas and its
    // first frames cost 50–75 ms tasks, which used to land in the user's first drag when the land arrived.
    const { width, height } = canvasSize(map);
    this.canvas = canvasElement(width, height);
    this.spare = canvasElement(width, height);
    for (const c of [this.canvas, this.spare]) c.getContext('2d')?.clearRect(0, 0, 1, 1);
    map.getPane(this.paneName)?.appendChild(this.canvas);
    map.on('moveend', this.onMoveEnd, this);
    map.on('resize viewreset', this.redrawSoon, this);
    map.on('zoomanim', this.animateZoom, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend', this.onMoveEnd, this);
    map.off('resize viewreset', this.redrawSoon, this);
    map.off('zoomanim', this.animateZoom, this);
    this.nextRedraw.cancel();
    this.job?.cancel();
    this.job = null;
    this.canvas?.remove();
    this.canvas = null;
    this.spare = null;
    this.drawn = null;
    return this;
  }

  private onMoveEnd(): void {
    const map = this._map as L.Map | undefined;
    if (map && this.drawn && stillCovers(map, this.drawn)) return;
    this.redrawSoon();
  }

  private redrawSoon(): void {
    this.job?.cancel();
    this.job = null;
    this.nextRedraw.request();
  }

  /**
   * Draws the view into a back canvas, a slice of shapes per task (each well under the 50 ms a long task takes), then
   * shows it in one step: no task holds the whole basemap, and no half-drawn map is ever on screen.
   */
  private redraw(): this {
    const map = this._map as L.Map | undefined;
    const front = this.canvas;
    if (!map || !front) return this;
    this.job?.cancel();
    const size = map.getSize();
    const { pad, extent, ratio, width, height } = canvasSize(map);
    const topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1)).round();
    const zoom = map.getZoom();
    const origin = map.getPixelOrigin();
    // The canvas on screen stays in the page (its compositor layer stays warm); the drawing is made off-page on the
    // spare and copied over in one step.
    const back = this.spare && this.spare.width === width && this.spare.height === height ? this.spare : canvasElement(width, height);
    this.spare = back;
    const ctx = back.getContext('2d');
    if (!ctx) return this;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    // Canvas px = zoom-0 px × scale + offset.
    const scale = map.getZoomScale(zoom, 0);
    const ox = -origin.x - topLeft.x;
    const oy = -origin.y - topLeft.y;
    const view: [number, number, number, number] = [-ox / scale, -oy / scale, (extent.x - ox) / scale, (extent.y - oy) / scale];
    const slices: Array<{ part: Part; shapes: Shape[] }> = [];
    for (const name of this.order) {
      const part = this.parts.get(name);
      if (!part?.visible) continue;
      const shapes = part.shapes.filter(({ box: [x0, y0, x1, y1] }) => x1 >= view[0] && x0 <= view[2] && y1 >= view[1] && y0 <= view[3]);
      slices.push({ part, shapes });
    }
    const show = () => {
      this.job = null;
      if (front.width !== width || front.height !== height) {
        front.width = width;
        front.height = height;
      }
      const screen = front.getContext('2d');
      if (!screen) return;
      screen.setTransform(1, 0, 0, 1, 0, 0);
      screen.clearRect(0, 0, width, height);
      screen.drawImage(back, 0, 0);
      L.DomUtil.setPosition(front, topLeft);
      front.style.width = `${extent.x}px`;
      front.style.height = `${extent.y}px`;
      this.drawn = { zoom, origin, size, area: L.bounds(topLeft, topLeft.add(extent)) };
      this.covered = L.latLngBounds(map.layerPointToLatLng(topLeft), map.layerPointToLatLng(topLeft.add(extent)));
      this.fire('drawn');
    };
    let slice = 0;
    let next = 0; // next shape of the slice
    const step = (): boolean => {
      const deadline = performance.now() + SLICE_BUDGET_MS;
      while (slice < slices.length) {
        const { part, shapes } = slices[slice] as { part: Part; shapes: Shape[] };
        ctx.beginPath();
        while (next < shapes.length && performance.now() < deadline) {
          const shape = shapes[next++] as Shape;
          let rings = shape.simplified.get(zoom);
          if (!rings) {
            const tolerance = SIMPLIFY_PX / scale;
            rings = shape.rings.map((ring) => simplify(ring, tolerance));
            shape.simplified.set(zoom, rings);
          }
          for (const ring of rings) addRing(ctx, ring, scale, ox, oy, part.filled);
        }
        paint(ctx, part);
        if (next < shapes.length) return false; // out of time: go on in the next task
        slice++;
        next = 0;
      }
      show();
      return true;
    };
    this.job = runInSlices(step);
    return this;
  }

  /** During a zoom animation the last drawing is scaled like an image overlay (Leaflet's own approach). */
  private animateZoom(e: L.ZoomAnimEvent): void {
    const map = this._map as L.Map | undefined;
    if (map && this.canvas && this.covered) followZoom(map, this.canvas, this.covered, e);
  }
}

/** The canvas for the map's current size: the view plus BASEMAP_PADDING each side, in CSS px and device px. */
function canvasSize(map: L.Map): { pad: L.Point; extent: L.Point; ratio: number; width: number; height: number } {
  const size = map.getSize();
  const pad = size.multiplyBy(BASEMAP_PADDING).round();
  const extent = size.add(pad.multiplyBy(2));
  const ratio = window.devicePixelRatio || 1;
  return { pad, extent, ratio, width: Math.round(extent.x * ratio), height: Math.round(extent.y * ratio) };
}

function canvasElement(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'basemap-canvas leaflet-zoom-animated';
  canvas.style.pointerEvents = 'none';
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** Runs `step` now and then once per task until it returns true; cancel() stops it. */
function runInSlices(step: () => boolean): { cancel(): void } {
  let timer: number | null = null;
  let cancelled = false;
  const run = () => {
    timer = null;
    if (!cancelled && !step()) timer = window.setTimeout(run, 0);
  };
  run();
  return {
    cancel: () => {
      cancelled = true;
      if (timer !== null) window.clearTimeout(timer);
    },
  };
}


function paint(ctx: CanvasRenderingContext2D, part: Part): void {
  const { style } = part;
  if (part.filled && style.fillColor) {
    ctx.globalAlpha = style.fillOpacity ?? 0.2;
    ctx.fillStyle = style.fillColor;
    ctx.fill('evenodd');
  }
  if (style.stroke === false) return;
  ctx.globalAlpha = style.opacity ?? 1;
  ctx.strokeStyle = style.color ?? '#3388ff';
  ctx.lineWidth = style.weight ?? 1;
  ctx.setLineDash(dashOf(style.dashArray));
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/**
 * Douglas–Peucker on interleaved [x, y] pairs: keeps the ends and every vertex farther than `tolerance` from the
 * chord of its span.
 */
function simplify(ring: Float64Array, tolerance: number): Float64Array {
  const n = ring.length / 2;
  if (n <= 2) return ring;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tolerance2 = tolerance * tolerance;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop() as number;
    const first = stack.pop() as number;
    const ax = ring[2 * first] as number;
    const ay = ring[2 * first + 1] as number;
    const dx = (ring[2 * last] as number) - ax;
    const dy = (ring[2 * last + 1] as number) - ay;
    const length2 = dx * dx + dy * dy;
    let worst = -1;
    let worst2 = tolerance2;
    for (let i = first + 1; i < last; i++) {
      let px = (ring[2 * i] as number) - ax;
      let py = (ring[2 * i + 1] as number) - ay;
      if (length2 > 0) {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
        px -= t * dx;
        py -= t * dy;
      }
      const d2 = px * px + py * py;
      if (d2 > worst2) {
        worst2 = d2;
        worst = i;
      }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push(first, worst, worst, last);
  }
  let kept = 0;
  for (let i = 0; i < n; i++) kept += keep[i] as number;
  const out = new Float64Array(kept * 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (keep[i] !== 1) continue;
    out[k++] = ring[2 * i] as number;
    out[k++] = ring[2 * i + 1] as number;
  }
  return out;
}

function dashOf(dash: PartStyle['dashArray']): number[] {
  if (dash === undefined) return [];
  return typeof dash === 'string' ? dash.split(/[\s,]+/).filter(Boolean).map(Number) : [...dash];
}

function addRing(ctx: CanvasRenderingContext2D, ring: Float64Array, scale: number, ox: number, oy: number, closed: boolean): void {
  const n = ring.length;
  if (n < 4) return;
  ctx.moveTo((ring[0] as number) * scale + ox, (ring[1] as number) * scale + oy);
  for (let i = 2; i < n; i += 2) ctx.lineTo((ring[i] as number) * scale + ox, (ring[i + 1] as number) * scale + oy);
  if (closed) ctx.closePath();
}
