/**
 * Place labels, painted on the basemap's tiles over the land and borders. Where labels go is decided for the whole
 * world at each zoom (lib/basemap/label-placement.ts), so every tile agrees and a label crossing a tile edge is
 * drawn in both halves. As DOM text they were rebuilt after every move: hundreds of elements restyled, laid out and
 * repainted with a blurred halo, 20–100 ms in one task; as a tile layer of their own they doubled the tiles the
 * browser had to create and composite at each zoom.
 */
import type { Label } from '@/lib/basemap/schema';
import { LABEL_KINDS } from '@/lib/basemap/schema';
import { defaultPlacementOptions, placing, type PlacedLabel } from '@/lib/basemap/label-placement';
import type { TileArea, TileContext2D, TileDrawing } from './canvas-tiles';
import { LABEL_COLORS, LABEL_FONTS, LABEL_HALO_COLOR, LABEL_HALO_PX } from './basemap-style';

const { dotPx, dotTextGapPx } = defaultPlacementOptions;

/** Paints the labels that reach a tile; setLabels replaces them (the tiles then need a repaint). */
export class LabelPainter {
  private labels: readonly Label[] = [];
  private readonly placed = new Map<number, PlacedLabel[]>(); // by zoom
  private readonly charWidths = LABEL_FONTS.map(() => new Map<string, number>()); // by kind, then character
  private readonly measure = document.createElement('canvas').getContext('2d');

  /** Replaces the labels (in priority order). */
  setLabels(labels: readonly Label[]): this {
    this.labels = labels;
    this.placed.clear();
    return this;
  }

  /** Paints the labels reaching `area` (ctx in CSS px, the tile's top-left at 0, 0); returns whether there were any. */
  *paint(ctx: TileContext2D, area: TileArea): TileDrawing {
    const placed = yield* this.placedAt(area.zoom);
    const x1 = area.x + area.size;
    const y1 = area.y + area.size;
    const here = placed.filter(({ box }) => box.x1 > area.x && box.x0 < x1 && box.y1 > area.y && box.y0 < y1);
    if (here.length === 0) return false;
    ctx.save();
    ctx.translate(-area.x, -area.y);
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const { label, x, y } of here) {
      const [text, , , , kind] = label;
      ctx.font = LABEL_FONTS[kind];
      let textX = x;
      if (kind === LABEL_KINDS.country) {
        ctx.textAlign = 'center';
      } else {
        ctx.textAlign = 'left';
        textX = x + dotPx / 2 + dotTextGapPx;
        ctx.beginPath();
        ctx.arc(x, y, dotPx / 2, 0, 2 * Math.PI);
        ctx.fillStyle = LABEL_COLORS[kind];
        ctx.strokeStyle = LABEL_HALO_COLOR;
        ctx.lineWidth = 1;
        ctx.fill();
        ctx.stroke();
      }
      ctx.strokeStyle = LABEL_HALO_COLOR;
      ctx.lineWidth = LABEL_HALO_PX;
      ctx.strokeText(text, textX, y);
      ctx.fillStyle = LABEL_COLORS[kind];
      ctx.fillText(text, textX, y);
    }
    ctx.restore();
    return true;
  }

  /** The labels placed at `zoom`, computed (a few hundred labels per step) on the first tile of that zoom. */
  private *placedAt(zoom: number): Generator<void, PlacedLabel[], void> {
    const known = this.placed.get(zoom);
    if (known) return known;
    const labels = this.labels;
    const placed = yield* placing(labels, zoom, (text, kind) => this.textWidth(text, kind));
    if (labels === this.labels) this.placed.set(zoom, placed); // not if the labels changed meanwhile
    return placed;
  }

  /**
   * Width of `text` in the font of `kind`, summed from cached character widths: measuring every label of a zoom
   * (20,000 at town level) would take a second; a few hundred characters take a few milliseconds. Kerning is left
   * out, which only widens or narrows a collision box by a pixel or two.
   */
  private textWidth(text: string, kind: Label[4]): number {
    const widths = this.charWidths[kind];
    let width = 0;
    for (const ch of text) {
      let w = widths?.get(ch);
      if (w === undefined) {
        if (this.measure) this.measure.font = LABEL_FONTS[kind];
        w = this.measure?.measureText(ch).width ?? 7;
        widths?.set(ch, w);
      }
      width += w;
    }
    return width;
  }
}
