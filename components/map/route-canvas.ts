/**
 * Every movement route on one canvas, drawn by hand: white casing, dashed line in the first actor's colour, arrow
 * head at the destination. A thousand routes as Leaflet paths plus DOM arrow markers made every pointer move
 * hit-test two thousand paths and every frame composite a thousand arrow layers (tasks of 100–500 ms while
 * panning); here a pan moves the canvas with the map and a redraw happens once per moveend. Hover and click are
 * hit-tested against the projected points of the last drawing, only the routes near the pointer.
 */
import L from 'leaflet';
import type { ExplorerRoute } from '@/lib/explorer-data/types';
import { toLatLng } from './latlng';
import { nextTask } from './next-task';
import { followZoom, stillCovers, type DrawnView } from './canvas-view';

const LINE_WEIGHT = 2.5; // px
const SELECTED_WEIGHT = 5; // px
const LINE_DASH: readonly number[] = [6, 5]; // px dash/gap: a route is a movement, not a border
const CASING_EXTRA = 3; // px of white casing each side, so a route never reads as a river or border
const ARROW_LENGTH = 10; // px from the tip to the back of the arrow head
const ARROW_HALF_WIDTH = 6.5; // px from the axis to each barb
const ARROW_NOTCH = 3; // px the back of the head is pulled towards the tip
const HIT_TOLERANCE = 4; // px beyond half the line weight that still counts as on the line
const PADDING = 0.5; // fraction of the view drawn beyond each edge, so short pans show no blank strip

export interface RouteCanvasOptions {
  pane: string;
  onSelect: (id: string) => void;
}

interface Drawn {
  route: ExplorerRoute;
  points: L.Point[]; // layer points at the zoom of the drawing
  color: string;
  selected: boolean;
}

/** A Leaflet layer drawing `routes` on its own canvas; setRoutes replaces them and redraws. */
export class RouteCanvas extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private routes: readonly ExplorerRoute[] = [];
  private colorOf: (route: ExplorerRoute) => string = () => '#000';
  private selectedId: string | null = null;
  private drawn: Drawn[] = [];
  /** the lat/lng box the canvas covers, for the zoom animation */
  private covered: L.LatLngBounds | null = null;
  private tooltip: L.Tooltip | null = null;
  private readonly nextRedraw = nextTask(() => this.redraw());
  private hovered: string | null = null;
  /** the view the last drawing was made for: a pan that stays inside its margin redraws nothing */
  private drawnFor: DrawnView | null = null;

  constructor(private readonly settings: RouteCanvasOptions) {
    super({ pane: settings.pane });
  }

  setRoutes(routes: readonly ExplorerRoute[], colorOf: (route: ExplorerRoute) => string, selectedId: string | null): this {
    this.routes = routes;
    this.colorOf = colorOf;
    this.selectedId = selectedId;
    this.redraw();
    return this;
  }

  override onAdd(map: L.Map): this {
    this.canvas = L.DomUtil.create('canvas', 'route-canvas leaflet-zoom-animated', map.getPane(this.settings.pane));
    this.canvas.style.pointerEvents = 'none';
    map.on('moveend', this.onMoveEnd, this);
    map.on('resize viewreset', this.redrawSoon, this);
    map.on('zoomanim', this.animateZoom, this);
    map.on('mousemove', this.onMouseMove, this);
    map.on('click', this.onClick, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend', this.onMoveEnd, this);
    map.off('resize viewreset', this.redrawSoon, this);
    this.nextRedraw.cancel();
    map.off('zoomanim', this.animateZoom, this);
    map.off('mousemove', this.onMouseMove, this);
    map.off('click', this.onClick, this);
    this.setHover(null, null);
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  /**
   * After a pan inside the drawn margin the canvas already shows everything (it moved with the map): no redraw, and
   * no new canvas frame for the compositor to upload (a 2-megapixel upload was a 50–150 ms commit on a busy machine).
   */
  private onMoveEnd(): void {
    const map = this._map as L.Map | undefined;
    if (map && this.drawnFor && stillCovers(map, this.drawnFor)) return;
    this.redrawSoon();
  }

  /** After a move: in a task of its own, not inside Leaflet's moveend dispatch (see EventLayer). */
  private redrawSoon(): void {
    this.nextRedraw.request();
  }

  private redraw(): void {
    const map = this._map as L.Map | undefined;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    const topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1)).round();
    const extent = size.add(pad.multiplyBy(2));
    const ratio = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(canvas, topLeft);
    canvas.width = Math.round(extent.x * ratio);
    canvas.height = Math.round(extent.y * ratio);
    canvas.style.width = `${extent.x}px`;
    canvas.style.height = `${extent.y}px`;
    this.covered = L.latLngBounds(map.layerPointToLatLng(topLeft), map.layerPointToLatLng(topLeft.add(extent)));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, -topLeft.x * ratio, -topLeft.y * ratio);
    const view = L.bounds(topLeft, topLeft.add(extent));
    this.drawnFor = { zoom: map.getZoom(), origin: map.getPixelOrigin(), size, area: view };

    this.drawn = [];
    let selected: Drawn | null = null;
    for (const route of this.routes) {
      const points = route.coordinates.map((c) => map.latLngToLayerPoint(toLatLng(c)));
      if (points.length < 2 || !view.intersects(L.bounds(points))) continue;
      const item = { route, points, color: this.colorOf(route), selected: route.id === this.selectedId };
      this.drawn.push(item);
      if (item.selected) selected = item;
    }
    // One path per style (casings, then each colour's lines, then its arrow heads) instead of one per route:
    // a few dozen strokes per redraw, not thousands. Casings first, so no white edge cuts through another line.
    const rest = this.drawn.filter((d) => d !== selected);
    paint(ctx, rest, false);
    if (selected) paint(ctx, [selected], true);
  }

  /** During a zoom animation the last drawing is scaled like an image overlay (Leaflet's own approach). */
  private animateZoom(e: L.ZoomAnimEvent): void {
    const map = this._map as L.Map | undefined;
    if (map && this.canvas && this.covered) followZoom(map, this.canvas, this.covered, e);
  }

  private onMouseMove(e: L.LeafletMouseEvent): void {
    const hit = this.hitTest(e.layerPoint);
    this.setHover(hit, e.latlng);
  }

  private onClick(e: L.LeafletMouseEvent): void {
    const hit = this.hitTest(e.layerPoint);
    if (hit) this.settings.onSelect(hit.id);
  }

  private setHover(route: ExplorerRoute | null, at: L.LatLng | null): void {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    if (!route || !at) {
      if (this.hovered !== null) map.getContainer().style.cursor = '';
      this.hovered = null;
      this.tooltip?.remove();
      this.tooltip = null;
      return;
    }
    if (this.hovered !== route.id) {
      this.hovered = route.id;
      map.getContainer().style.cursor = 'pointer';
      this.tooltip?.remove();
      const text = document.createElement('span');
      text.textContent = routeLabel(route); // a DOM node, never an HTML string (names come from articles)
      this.tooltip = L.tooltip({ direction: 'auto' }).setContent(text);
    }
    this.tooltip?.setLatLng(at);
    if (this.tooltip && !map.hasLayer(this.tooltip)) this.tooltip.addTo(map);
  }

  /** The topmost drawn route within reach of `point` (layer px), if any. */
  private hitTest(point: L.Point): ExplorerRoute | null {
    for (let k = this.drawn.length - 1; k >= 0; k--) {
      const d = this.drawn[k] as Drawn;
      const reach = weightOf(d) / 2 + HIT_TOLERANCE;
      for (let i = 1; i < d.points.length; i++) {
        if (L.LineUtil.pointToSegmentDistance(point, d.points[i - 1] as L.Point, d.points[i] as L.Point) <= reach) return d.route;
      }
    }
    return null;
  }
}

/** What a route says on hover (plain text: the tooltip sets it as content, never as HTML). */
export function routeLabel(route: Pick<ExplorerRoute, 'fromName' | 'toName'>): string {
  return `Route: ${route.fromName} → ${route.toName}`;
}


function weightOf(d: Drawn): number {
  return d.selected ? SELECTED_WEIGHT : LINE_WEIGHT;
}

/** Draws routes sharing one selection state: casings, then lines and arrow heads batched by colour. */
function paint(ctx: CanvasRenderingContext2D, routes: readonly Drawn[], selected: boolean): void {
  if (routes.length === 0) return;
  const weight = selected ? SELECTED_WEIGHT : LINE_WEIGHT;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.setLineDash([]);
  ctx.globalAlpha = selected ? 0.95 : 0.75;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = weight + 2 * CASING_EXTRA;
  ctx.beginPath();
  for (const d of routes) addLine(ctx, d.points);
  ctx.stroke();

  const byColor = new Map<string, Drawn[]>();
  for (const d of routes) {
    const group = byColor.get(d.color);
    if (group) group.push(d);
    else byColor.set(d.color, [d]);
  }
  ctx.lineCap = 'butt';
  ctx.lineWidth = weight;
  for (const [color, group] of byColor) {
    ctx.globalAlpha = selected ? 1 : 0.8;
    ctx.setLineDash(selected ? [] : LINE_DASH);
    ctx.strokeStyle = color;
    ctx.beginPath();
    for (const d of group) addLine(ctx, d.points);
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    ctx.beginPath();
    for (const d of group) addArrow(ctx, d.points);
    ctx.fillStyle = color;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = selected ? 1.5 : 1;
    ctx.fill();
    ctx.stroke();
    ctx.lineWidth = weight;
  }
}

function addLine(ctx: CanvasRenderingContext2D, points: readonly L.Point[]): void {
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
}

/** A notched arrow head with its tip on the destination, pointing along the last segment. */
function addArrow(ctx: CanvasRenderingContext2D, points: readonly L.Point[]): void {
  const tip = points.at(-1);
  const before = points.at(-2);
  if (!tip || !before || tip.equals(before)) return;
  const length = tip.distanceTo(before);
  const ux = (tip.x - before.x) / length; // unit vector along the route
  const uy = (tip.y - before.y) / length;
  const at = (back: number, side: number): [number, number] => [tip.x - ux * back - uy * side, tip.y - uy * back + ux * side];
  ctx.moveTo(tip.x, tip.y);
  ctx.lineTo(...at(ARROW_LENGTH, ARROW_HALF_WIDTH));
  ctx.lineTo(...at(ARROW_LENGTH - ARROW_NOTCH, 0));
  ctx.lineTo(...at(ARROW_LENGTH, -ARROW_HALF_WIDTH));
  ctx.closePath();
}
