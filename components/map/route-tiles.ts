/**
 * Every movement route on canvas tiles, drawn by hand: white casing, dashed line in the first actor's colour, arrow
 * head at the destination. A thousand routes as Leaflet paths plus DOM arrow markers made every pointer move
 * hit-test two thousand paths and every frame composite a thousand arrow layers (tasks of 100–500 ms while
 * panning); one canvas for all of them cost a long commit per redraw (see CanvasTiles). A tile draws the routes
 * whose box reaches it, each in global pixels, so dashes and arrows meet across tile edges. Hover and click are
 * hit-tested against the routes projected at the map's zoom.
 */
import L from 'leaflet';
import type { ExplorerRoute } from '@/lib/explorer-data/types';
import { CanvasTiles, type TileArea, type TileContext2D, type TileDrawing } from './canvas-tiles';
import { toLatLng } from './latlng';

const LINE_WEIGHT = 2.5; // px
const SELECTED_WEIGHT = 5; // px
const LINE_DASH: readonly number[] = [6, 5]; // px dash/gap: a route is a movement, not a border
const CASING_EXTRA = 3; // px of white casing each side, so a route never reads as a river or border
const ARROW_LENGTH = 10; // px from the tip to the back of the arrow head
const ARROW_HALF_WIDTH = 6.5; // px from the axis to each barb
const ARROW_NOTCH = 3; // px the back of the head is pulled towards the tip
const HIT_TOLERANCE = 4; // px beyond half the line weight that still counts as on the line
const ROUTES_PER_PIECE = 250; // routes per stroke before a chance to pause
const REACH_PX = ARROW_HALF_WIDTH + CASING_EXTRA + SELECTED_WEIGHT; // how far a route's paint reaches past its points, px

export interface RouteTilesOptions {
  pane: string;
  onSelect: (id: string) => void;
}

interface Drawn {
  route: ExplorerRoute;
  points: L.Point[]; // global px at the zoom projected for
  box: L.Bounds;
  color: string;
  selected: boolean;
}

/** A Leaflet layer drawing `routes` on canvas tiles; setRoutes replaces them and repaints. */
export class RouteTiles extends CanvasTiles {
  private routes: readonly ExplorerRoute[] = [];
  private colorOf: (route: ExplorerRoute) => string = () => '#000';
  private selectedId: string | null = null;
  /** the routes projected at one zoom (the last one asked for), in paint order: the selected one last */
  private projected: { zoom: number; drawn: Drawn[] } | null = null;
  private tooltip: L.Tooltip | null = null;
  private hovered: string | null = null;

  constructor(private readonly settings: RouteTilesOptions) {
    super({ pane: settings.pane, className: 'route-tiles' });
  }

  setRoutes(routes: readonly ExplorerRoute[], colorOf: (route: ExplorerRoute) => string, selectedId: string | null): this {
    this.routes = routes;
    this.colorOf = colorOf;
    this.selectedId = selectedId;
    this.projected = null;
    return this.repaint();
  }

  override onAdd(map: L.Map): this {
    map.on('mousemove', this.onMouseMove, this);
    map.on('click', this.onClick, this);
    return super.onAdd(map);
  }

  override onRemove(map: L.Map): this {
    map.off('mousemove', this.onMouseMove, this);
    map.off('click', this.onClick, this);
    this.setHover(null, null);
    return super.onRemove(map);
  }

  protected override *drawTile(ctx: TileContext2D, area: TileArea): TileDrawing {
    const tile = L.bounds([area.x - REACH_PX, area.y - REACH_PX], [area.x + area.size + REACH_PX, area.y + area.size + REACH_PX]);
    const here = this.drawnAt(area.zoom).filter((d) => tile.intersects(d.box));
    if (here.length === 0) return false;
    ctx.translate(-area.x, -area.y);
    // Casings first, so no white edge cuts through another line; the selected route on top of all.
    yield* paint(ctx, here.filter((d) => !d.selected), false);
    yield* paint(ctx, here.filter((d) => d.selected), true);
    return true;
  }

  /** The routes projected to global px at `zoom`, kept until the zoom or the routes change. */
  private drawnAt(zoom: number): Drawn[] {
    const map = this._map as L.Map | undefined;
    if (!map) return [];
    if (this.projected?.zoom === zoom) return this.projected.drawn;
    const drawn: Drawn[] = [];
    let selected: Drawn | null = null;
    for (const route of this.routes) {
      const points = route.coordinates.map((c) => map.project(toLatLng(c), zoom));
      if (points.length < 2) continue;
      const item = { route, points, box: L.bounds(points), color: this.colorOf(route), selected: route.id === this.selectedId };
      if (item.selected) selected = item;
      else drawn.push(item);
    }
    if (selected) drawn.push(selected);
    this.projected = { zoom, drawn };
    return drawn;
  }

  private onMouseMove(e: L.LeafletMouseEvent): void {
    const hit = this.hitTest(e.latlng);
    this.setHover(hit, e.latlng);
  }

  private onClick(e: L.LeafletMouseEvent): void {
    const hit = this.hitTest(e.latlng);
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

  /** The topmost route within reach of `at`, if any (the tiles show one world: `at` is wrapped into it). */
  private hitTest(at: L.LatLng): ExplorerRoute | null {
    const map = this._map as L.Map | undefined;
    if (!map) return null;
    const zoom = map.getZoom();
    const point = map.project(map.wrapLatLng(at), zoom);
    const drawn = this.drawnAt(zoom); // in paint order: the topmost is last
    for (let k = drawn.length - 1; k >= 0; k--) {
      const d = drawn[k] as Drawn;
      const reach = weightOf(d) / 2 + HIT_TOLERANCE;
      if (!nearBox(d.box, point, reach)) continue;
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


/** Whether `p` lies within `reach` px of `box` (a cheap test before the segments). */
function nearBox(box: L.Bounds, p: L.Point, reach: number): boolean {
  const { min, max } = box;
  return !!min && !!max && p.x >= min.x - reach && p.x <= max.x + reach && p.y >= min.y - reach && p.y <= max.y + reach;
}

function weightOf(d: Drawn): number {
  return d.selected ? SELECTED_WEIGHT : LINE_WEIGHT;
}

/**
 * Draws routes sharing one selection state: casings, then lines and arrow heads batched by colour, a few hundred
 * routes per stroke (at a world view one tile holds them all), pausing between strokes.
 */
function* paint(ctx: TileContext2D, routes: readonly Drawn[], selected: boolean): Generator<void, void, void> {
  if (routes.length === 0) return;
  const weight = selected ? SELECTED_WEIGHT : LINE_WEIGHT;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.setLineDash([]);
  ctx.globalAlpha = selected ? 0.95 : 0.75;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = weight + 2 * CASING_EXTRA;
  for (const piece of pieces(routes)) {
    ctx.beginPath();
    for (const d of piece) addLine(ctx, d.points);
    ctx.stroke();
    yield;
  }

  const byColor = new Map<string, Drawn[]>();
  for (const d of routes) {
    const group = byColor.get(d.color);
    if (group) group.push(d);
    else byColor.set(d.color, [d]);
  }
  for (const [color, group] of byColor) {
    for (const piece of pieces(group)) {
      ctx.lineCap = 'butt';
      ctx.lineWidth = weight;
      ctx.globalAlpha = selected ? 1 : 0.8;
      ctx.setLineDash(selected ? [] : LINE_DASH);
      ctx.strokeStyle = color;
      ctx.beginPath();
      for (const d of piece) addLine(ctx, d.points);
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
      ctx.beginPath();
      for (const d of piece) addArrow(ctx, d.points);
      ctx.fillStyle = color;
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = selected ? 1.5 : 1;
      ctx.fill();
      ctx.stroke();
      yield;
    }
  }
}

/** `items` in consecutive pieces of ROUTES_PER_PIECE. */
function* pieces<T>(items: readonly T[]): Generator<readonly T[], void, void> {
  for (let i = 0; i < items.length; i += ROUTES_PER_PIECE) yield items.slice(i, i + ROUTES_PER_PIECE);
}

function addLine(ctx: TileContext2D, points: readonly L.Point[]): void {
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
}

/** A notched arrow head with its tip on the destination, pointing along the last segment. */
function addArrow(ctx: TileContext2D, points: readonly L.Point[]): void {
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
