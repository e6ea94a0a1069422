/**
 * The vector basemap as canvas tiles drawn by hand (see CanvasTiles for why tiles). The geometry is projected once,
 * to Web Mercator pixels at zoom 0, by the basemap worker; a tile skips shapes outside it by their boxes and draws the
 * others simplified as it goes (Douglas–Peucker at one pixel of the tile's zoom, read from each vertex's weight).
 */
import type L from 'leaflet';
import { CanvasTiles, type TileArea, type TileContext2D, type TileDrawing } from './canvas-tiles';
import type { LabelPainter } from './label-painter';
import type { Label } from '@/lib/basemap/schema';
import type { PackedShapes } from './basemap-shapes';

const SIMPLIFY_PX = 1; // Douglas–Peucker tolerance at the zoom drawn, px (strokes are 0.5–2 px)
const STROKE_MARGIN_PX = 3; // a shape this close outside a tile may still paint its edge into it, px
const MIN_SHAPE_PX = 0.5; // shapes smaller than this both ways at the zoom drawn are skipped, px
const SHAPES_PER_PIECE = 64; // shapes added to a path between two chances to pause

/** How a part is drawn: Leaflet's path options, same meaning. */
export type PartStyle = Pick<L.PathOptions, 'color' | 'weight' | 'opacity' | 'fillColor' | 'fillOpacity' | 'dashArray' | 'stroke'>;

/** How a part is drawn at a zoom, from which zoom it is drawn, and whether its rings are filled. */
export interface PartLook {
  style: PartStyle | ((zoom: number) => PartStyle);
  filled: boolean;
  minZoom: number;
}

interface Part extends PartLook {
  shapes: PackedShapes;
}

/** A Leaflet layer drawing named parts in `order` (bottom first), then place labels if given, on canvas tiles in `pane`. */
export class BasemapTiles extends CanvasTiles {
  private readonly parts = new Map<string, Part>();

  constructor(
    pane: string,
    private readonly order: readonly string[],
    private readonly labels: LabelPainter | null,
  ) {
    super({ pane, className: 'basemap-tiles' });
  }

  /** Replaces the place labels (in priority order) and redraws the tiles. */
  setLabels(labels: readonly Label[]): this {
    if (!this.labels) return this;
    this.labels.setLabels(labels);
    return this.repaint();
  }

  /** Adds or replaces a part (projected by the basemap worker) and redraws the tiles it shows on. */
  setShapes(name: string, shapes: PackedShapes, look: PartLook): this {
    this.parts.set(name, { ...look, shapes });
    return this.repaint((area) => area.zoom >= look.minZoom); // parts added in one task are drawn together
  }

  protected override *drawTile(ctx: TileContext2D, area: TileArea): TileDrawing {
    const { zoom } = area;
    const scale = 2 ** zoom; // global px at this zoom per zoom-0 px
    const margin = STROKE_MARGIN_PX / scale;
    const x0 = area.x / scale - margin;
    const y0 = area.y / scale - margin;
    const x1 = (area.x + area.size) / scale + margin;
    const y1 = (area.y + area.size) / scale + margin;
    const speck = MIN_SHAPE_PX / scale;
    const tolerance2 = (SIMPLIFY_PX / scale) ** 2; // Douglas–Peucker at one pixel of this zoom (see vertexWeights)
    const pen = { ctx, scale, ox: -area.x, oy: -area.y, tolerance2 };
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    let inked = false;
    for (const name of this.order) {
      const part = this.parts.get(name);
      if (!part || zoom < part.minZoom) continue;
      const { boxes, shapeEnds, ringEnds } = part.shapes;
      let drawn = 0;
      ctx.beginPath();
      for (let j = 0; j < shapeEnds.length; j++) {
        const bx0 = boxes[4 * j] as number;
        const by0 = boxes[4 * j + 1] as number;
        const bx1 = boxes[4 * j + 2] as number;
        const by1 = boxes[4 * j + 3] as number;
        if (bx1 < x0 || bx0 > x1 || by1 < y0 || by0 > y1) continue;
        if (bx1 - bx0 < speck && by1 - by0 < speck) continue; // an island or a bend smaller than a pixel here
        for (let r = j === 0 ? 0 : (shapeEnds[j - 1] as number); r < (shapeEnds[j] as number); r++) {
          addRing(pen, part.shapes, r === 0 ? 0 : (ringEnds[r - 1] as number), ringEnds[r] as number, part.filled);
        }
        if (++drawn % SHAPES_PER_PIECE === 0) yield; // the path stays on the scratch context meanwhile
      }
      if (drawn === 0) continue;
      paint(ctx, part, typeof part.style === 'function' ? part.style(zoom) : part.style);
      inked = true;
      yield;
    }
    if (this.labels && (yield* this.labels.paint(ctx, area))) inked = true;
    return inked;
  }
}

function paint(ctx: TileContext2D, part: Part, style: PartStyle): void {
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

function dashOf(dash: PartStyle['dashArray']): number[] {
  if (dash === undefined) return [];
  return typeof dash === 'string' ? dash.split(/[\s,]+/).filter(Boolean).map(Number) : [...dash];
}

interface Pen {
  ctx: TileContext2D;
  /** tile px per zoom-0 px */
  scale: number;
  /** tile px of the zoom-0 origin */
  ox: number;
  oy: number;
  /** vertices weighing no more than this are left out (see vertexWeights), zoom-0 px² */
  tolerance2: number;
}

/**
 * Adds the ring held in `coords[start, end)` to the path, simplified on the fly: a vertex whose Douglas–Peucker
 * weight is at most the pen's tolerance is skipped (no simplified copies are kept).
 */
function addRing(pen: Pen, shapes: PackedShapes, start: number, end: number, closed: boolean): void {
  const { ctx, scale, ox, oy, tolerance2 } = pen;
  const { coords, weights } = shapes;
  if (end - start < 4) return;
  ctx.moveTo((coords[start] as number) * scale + ox, (coords[start + 1] as number) * scale + oy);
  for (let i = start + 2; i < end; i += 2) {
    if ((weights[i / 2] as number) <= tolerance2) continue;
    ctx.lineTo((coords[i] as number) * scale + ox, (coords[i + 1] as number) * scale + oy);
  }
  if (closed) ctx.closePath();
}
