/**
 * Where the basemap's place labels go at one zoom, for the whole world at once: labels are taken in priority order
 * (the order of the labels files) and each is placed unless its box would overlap one already placed. The result
 * depends on the zoom only, never on the view, so map tiles drawn at different times agree on every label, and a
 * label crossing a tile edge is drawn in both halves.
 */
import { LABEL_KINDS } from './schema';
import type { Label } from './schema';
import { toPixels } from './mercator';

export const defaultPlacementOptions = {
  heightPx: 14, // height of a line of label text, px
  gapPx: 2, // empty space kept around every placed label, px
  dotPx: 4, // diameter of the dot marking a city, px
  dotTextGapPx: 3, // between a city's dot and its name, px
  gridPx: 128, // cell of the collision grid, px
  labelsPerStep: 400, // labels looked at between two chances to pause
};
export type PlacementOptions = typeof defaultPlacementOptions;

/** A label placed at a zoom: its anchor and its box in global pixels of that zoom. */
export interface PlacedLabel {
  label: Label;
  /** anchor: a country name's centre, a city's dot */
  x: number;
  y: number;
  box: Box;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Text width in px of a label's text in the font of its kind. */
export type WidthOf = (text: string, kind: Label[4]) => number;

/**
 * Places `labels` at `zoom`, pausing (yield) every few hundred labels so a caller can spread the work over tasks.
 * @example const steps = placing(labels, 6, widthOf); let step = steps.next(); while (!step.done) step = steps.next();
 */
export function* placing(
  labels: readonly Label[],
  zoom: number,
  widthOf: WidthOf,
  options: PlacementOptions = defaultPlacementOptions,
): Generator<void, PlacedLabel[], void> {
  if (!Number.isInteger(zoom) || zoom < 0) throw new Error(`Unexpected zoom: ${zoom}`);
  const grid = new Map<string, Box[]>();
  const placed: PlacedLabel[] = [];
  let seen = 0;
  for (const label of labels) {
    if (++seen % options.labelsPerStep === 0) yield;
    const [text, lng, lat, minZoom, kind] = label;
    if (minZoom > zoom) continue;
    const [x, y] = toPixels(lng, lat, zoom);
    const box = boxOf(x, y, widthOf(text, kind), kind, options);
    const cells = cellsOf(box, options.gridPx);
    if (cells.some((key) => grid.get(key)?.some((other) => overlaps(box, other)))) continue;
    for (const key of cells) {
      const boxes = grid.get(key);
      if (boxes) boxes.push(box);
      else grid.set(key, [box]);
    }
    placed.push({ label, x, y, box });
  }
  return placed;
}

/** Box of a label: centred on its anchor for a country, to the right of its dot for a city. */
function boxOf(x: number, y: number, width: number, kind: Label[4], o: PlacementOptions): Box {
  const half = o.heightPx / 2 + o.gapPx;
  if (kind === LABEL_KINDS.country) return { x0: x - width / 2 - o.gapPx, x1: x + width / 2 + o.gapPx, y0: y - half, y1: y + half };
  return { x0: x - o.dotPx / 2 - o.gapPx, x1: x + o.dotPx / 2 + o.dotTextGapPx + width + o.gapPx, y0: y - half, y1: y + half };
}

function cellsOf(box: Box, cell: number): string[] {
  const keys: string[] = [];
  for (let cx = Math.floor(box.x0 / cell); cx <= Math.floor(box.x1 / cell); cx++) {
    for (let cy = Math.floor(box.y0 / cell); cy <= Math.floor(box.y1 / cell); cy++) keys.push(`${cx}:${cy}`);
  }
  return keys;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
