/**
 * A Leaflet GridLayer whose 256-px tiles are canvases the page draws itself, a few milliseconds at a time.
 *
 * Why tiles, and why offscreen: in Chromium a changed canvas is copied for the compositor inside the frame's commit,
 * on the page's thread (ProduceCanvasResource). One canvas per layer made that a 25–50 ms copy of 1.5–2 megapixels
 * per redraw; plain tile canvases still cost 2–10 ms each, and every tile of the view was copied again whenever
 * tiles came or went (commits of 40–110 ms while panning on our 2-core CI machines, load 2). A tile whose control
 * was handed to an OffscreenCanvas sends its own frames to the compositor, so the page's commits carry no canvas
 * copies at all. A pan draws only the tiles coming into view; Leaflet moves, keeps, prunes and zoom-animates them as
 * it does raster tiles. Tiles with nothing on them are never touched.
 *
 * A tile is drawn by a generator that yields between pieces of work: a tile at a low zoom, which shows half the
 * world, is drawn over several tasks on a scratch canvas and handed to the tile when finished (see Scratch), so no
 * task is long and no half-drawn tile is ever on screen.
 */
import L from 'leaflet';

const SLICE_BUDGET_MS = 8; // drawing time per task before yielding to input and rendering, ms
const TILES_PER_FRAME = 2; // finished tiles per frame at most, per layer: each one's copy lands in one frame
const TILE_PX = 256; // tile width and height, CSS px
const POOL_SIZE = 32; // unloaded tile canvases kept for reuse (with their offscreen surface)
const MARGIN_PX = 128; // tiles this far beyond the view are drawn too (after those in view): a short drag shows no gap

/** The part of the world a tile shows: Leaflet's global pixels at `zoom` (map.project), CSS px. */
export interface TileArea {
  zoom: number;
  /** left edge, global px at `zoom` */
  x: number;
  /** top edge, global px at `zoom` */
  y: number;
  /** width and height, CSS px */
  size: number;
}

/** Draws a tile piece by piece: yields where it may pause, returns whether it drew anything. */
export type TileDrawing = Generator<void, boolean, void>;

type Done = (error: Error | undefined, tile: HTMLElement) => void;
/** What a tile is drawn with: an offscreen scratch canvas's context, or a page canvas's where OffscreenCanvas is missing. */
export type TileContext2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * How a finished drawing reaches its tile. Where the browser has OffscreenCanvas, the scratch canvas's pixels are
 * handed over as an ImageBitmap to the tile's own offscreen surface (a 'bitmaprenderer': no copy on the page's
 * thread, and the tile sends its frame to the compositor itself). Elsewhere the scratch is copied onto the tile.
 */
interface Scratch {
  ctx: TileContext2D;
  /** puts the scratch's drawing on `tile`, or blanks the tile when `inked` is false */
  show(tile: HTMLCanvasElement, inked: boolean): void;
}

interface InProgress {
  canvas: HTMLCanvasElement;
  area: TileArea;
  done: Done | null;
  drawing: TileDrawing;
}

/**
 * Subclasses draw one tile in `drawTile`, on a context cleared and scaled to CSS px; `repaint()` redraws the tiles
 * on the map in place (no blank tile meanwhile). The layer fires 'painted' each time no tile is left waiting.
 */
export abstract class CanvasTiles extends L.GridLayer {
  private readonly live = new Map<HTMLCanvasElement, TileArea>(); // tiles on the map
  private readonly waiting = new Map<HTMLCanvasElement, Done | null>(); // tiles to draw, nearest the centre first
  private readonly inked = new Set<HTMLCanvasElement>(); // tiles with something drawn on them
  private readonly pool: HTMLCanvasElement[] = [];
  private readonly surfaces = new WeakMap<HTMLCanvasElement, ImageBitmapRenderingContext | CanvasRenderingContext2D | null>();
  private scratch: Scratch | null = null;
  private current: InProgress | null = null;
  private frame: number | null = null;
  private timer: number | null = null;

  constructor(options: L.GridLayerOptions) {
    super({ tileSize: TILE_PX, ...options });
  }

  /** Draws `area` on `ctx` (in CSS px, the tile's top-left at 0, 0), yielding between pieces of work. */
  protected abstract drawTile(ctx: TileContext2D, area: TileArea): TileDrawing;

  override createTile(coords: L.Coords, done: Done): HTMLElement {
    const size = this.getTileSize().x;
    const canvas = this.pool.pop() ?? blankCanvas(size);
    canvas.className = ''; // a pooled tile still has Leaflet's classes and opacity from its last place
    canvas.style.opacity = '';
    this.live.set(canvas, { zoom: coords.z, x: coords.x * size, y: coords.y * size, size });
    this.waiting.set(canvas, done);
    this.schedule();
    return canvas;
  }

  /**
   * The pixel bounds Leaflet loads tiles for, widened by MARGIN_PX. Leaflet (1.9) has no option for this; GridLayer
   * calls this method of its own on every update, and subclasses of it may extend it.
   */
  _getTiledPixelBounds(center: L.LatLng): L.Bounds {
    const gridLayer = L.GridLayer.prototype as unknown as { _getTiledPixelBounds(this: L.GridLayer, at: L.LatLng): L.Bounds };
    const bounds = gridLayer._getTiledPixelBounds.call(this, center);
    const { min, max } = bounds;
    if (!min || !max) return bounds;
    return L.bounds(min.subtract([MARGIN_PX, MARGIN_PX]), max.add([MARGIN_PX, MARGIN_PX]));
  }

  /** Redraws the tiles on the map (those `which` picks) where they stand; new tiles are drawn with the new state. */
  repaint(which: (area: TileArea) => boolean = () => true): this {
    const current = this.current;
    if (current && which(current.area)) {
      this.current = null; // drawn from a state that no longer holds: start again
      this.waiting.set(current.canvas, current.done);
    }
    for (const [canvas, area] of this.live) if (!this.waiting.has(canvas) && which(area)) this.waiting.set(canvas, null);
    this.schedule();
    return this;
  }

  override onAdd(map: L.Map): this {
    this.on('tileunload', this.forget, this);
    return super.onAdd(map);
  }

  override onRemove(map: L.Map): this {
    super.onRemove(map); // unloads every tile
    this.off('tileunload', this.forget, this);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
    this.current = null;
    this.waiting.clear();
    this.live.clear();
    this.inked.clear();
    return this;
  }

  private forget(e: L.TileEvent): void {
    const canvas: unknown = e.tile; // Leaflet types tiles as images; ours are canvases
    if (!(canvas instanceof HTMLCanvasElement)) return;
    const area = this.live.get(canvas);
    this.live.delete(canvas);
    this.waiting.delete(canvas);
    if (this.current?.canvas === canvas) this.current = null;
    if (this.inked.delete(canvas)) this.scratch?.show(canvas, false);
    if (area && canvas.width === Math.round(area.size * pixelRatio()) && this.pool.length < POOL_SIZE) this.pool.push(canvas);
  }

  /** The next slice runs in a task of its own right after the next frame, so each frame commits one slice at most. */
  private schedule(): void {
    if (this.frame !== null || this.timer !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.timer = window.setTimeout(this.drain, 0);
    });
  }

  /** Works on waiting tiles until the budget or the tile count is spent. */
  private readonly drain = (): void => {
    this.timer = null;
    const deadline = performance.now() + SLICE_BUDGET_MS;
    let changed = 0;
    while (changed < TILES_PER_FRAME && performance.now() < deadline) {
      const work = this.current ?? this.start();
      if (!work) break;
      let step = work.drawing.next();
      while (!step.done && performance.now() < deadline) {
        flush(this.scratch?.ctx);
        step = work.drawing.next();
      }
      if (!step.done) break; // out of time: the tile goes on in the next slice
      this.current = null;
      if (this.finish(work, step.value)) changed++;
    }
    if (this.current || this.waiting.size > 0) this.schedule();
    else this.fire('painted');
  };

  /** Takes the next waiting tile and starts its drawing on the scratch canvas. */
  private start(): InProgress | null {
    for (const [canvas, done] of this.waiting) {
      this.waiting.delete(canvas);
      const area = this.live.get(canvas);
      const ctx = this.scratchFor(canvas);
      if (!area || !ctx) continue;
      this.current = { canvas, area, done, drawing: this.drawTile(ctx, area) };
      return this.current;
    }
    return null;
  }

  /** Shows a finished drawing on its tile; returns whether the tile's pixels changed (blank stays untouched). */
  private finish(work: InProgress, inked: boolean): boolean {
    const { canvas, done } = work;
    const wasInked = this.inked.has(canvas);
    if (inked || wasInked) this.scratch?.show(canvas, inked);
    if (inked) this.inked.add(canvas);
    else this.inked.delete(canvas);
    done?.(undefined, canvas);
    return inked || wasInked;
  }

  /** The scratch context, the size of `tile`, cleared and scaled to CSS px. */
  private scratchFor(tile: HTMLCanvasElement): TileContext2D | null {
    const size = this.scratch?.ctx.canvas;
    if (!this.scratch || size?.width !== tile.width || size.height !== tile.height) {
      this.scratch = scratchCanvas(tile.width, tile.height, this.surfaces);
    }
    const ctx = this.scratch?.ctx;
    if (!ctx) return null;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, tile.width, tile.height);
    const ratio = tile.width / this.getTileSize().x;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    return ctx;
  }
}

/** A scratch canvas of `width` × `height` device px and the way its drawings reach tiles (see Scratch). */
function scratchCanvas(
  width: number,
  height: number,
  surfaces: WeakMap<HTMLCanvasElement, ImageBitmapRenderingContext | CanvasRenderingContext2D | null>,
): Scratch | null {
  if (typeof OffscreenCanvas === 'function' && typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function') {
    const offscreen = new OffscreenCanvas(width, height);
    const ctx = offscreen.getContext('2d');
    if (!ctx) return null;
    const surfaceOf = (tile: HTMLCanvasElement): ImageBitmapRenderingContext | null => {
      let surface = surfaces.get(tile);
      if (surface === undefined) {
        surface = tile.transferControlToOffscreen().getContext('bitmaprenderer');
        surfaces.set(tile, surface);
      }
      return surface instanceof ImageBitmapRenderingContext ? surface : null;
    };
    return {
      ctx,
      show: (tile, inked) => surfaceOf(tile)?.transferFromImageBitmap(inked ? offscreen.transferToImageBitmap() : null),
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  return {
    ctx,
    show: (tile, inked) => {
      let surface = surfaces.get(tile);
      if (surface === undefined) {
        surface = tile.getContext('2d');
        surfaces.set(tile, surface);
      }
      if (!(surface instanceof CanvasRenderingContext2D)) return;
      surface.globalCompositeOperation = 'copy'; // replaces every pixel: no separate clear
      if (inked) surface.drawImage(canvas, 0, 0);
      else surface.clearRect(0, 0, tile.width, tile.height);
      surface.globalCompositeOperation = 'source-over';
    },
  };
}

/**
 * Makes the canvas paint what it has recorded so far. A 2D canvas records drawing calls and rasterises them later,
 * all at once: without this, the pieces of a tile were cheap to record and the whole tile (half the world at zoom 1)
 * was rasterised in one go when handed over (OffscreenCanvasRenderingContext2D::FinalizeFrame, 42 ms in one task).
 * Reading a pixel is the one standard way to make it paint now.
 */
function flush(ctx: TileContext2D | undefined): void {
  ctx?.getImageData(0, 0, 1, 1);
}

function pixelRatio(): number {
  return window.devicePixelRatio || 1;
}

function blankCanvas(size: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(size * pixelRatio());
  canvas.height = Math.round(size * pixelRatio());
  canvas.style.pointerEvents = 'none';
  return canvas;
}
