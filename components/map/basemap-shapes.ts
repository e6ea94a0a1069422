/**
 * Basemap geometry projected once to Web Mercator pixels at zoom 0, as flat typed arrays with a box per shape, and
 * with each vertex's Douglas–Peucker weight, so that simplifying for a zoom is one pass over a ring, not a recursion.
 * No Leaflet and no DOM here: the basemap worker builds these, and the tiles (or the page, when workers fail) draw them.
 */
import type { Geometry, GeoJSON as GeoJsonObject, Position } from 'geojson';
import { toPixels } from '@/lib/basemap/mercator';

/** Rings or lines of one polygon or line, zoom-0 pixels as [x0, y0, x1, y1, …], with their box [x0, y0, x1, y1]. */
export interface ShapeData {
  rings: Float64Array[];
  /** per ring, one number per vertex: see vertexWeights */
  weights: Float32Array[];
  box: [number, number, number, number];
}

/** Every polygon and line of a GeoJSON object, projected to zoom-0 pixels (points are not drawn). */
export function shapesOf(data: GeoJsonObject): ShapeData[] {
  const shapes: ShapeData[] = [];
  const visit = (g: Geometry | null): void => {
    if (!g) return;
    switch (g.type) {
      case 'Polygon':
        shapes.push(shape(g.coordinates));
        break;
      case 'MultiPolygon':
        for (const polygon of g.coordinates) shapes.push(shape(polygon));
        break;
      case 'LineString':
        shapes.push(shape([g.coordinates]));
        break;
      case 'MultiLineString':
        for (const line of g.coordinates) shapes.push(shape([line]));
        break;
      case 'GeometryCollection':
        g.geometries.forEach(visit);
        break;
      default:
        break;
    }
  };
  if (data.type === 'FeatureCollection') for (const f of data.features) visit(f.geometry);
  else if (data.type === 'Feature') visit(data.geometry);
  else visit(data);
  return shapes;
}

/**
 * Shapes packed into three typed arrays, to cross to another thread in one cheap transfer: tens of thousands of
 * small arrays took the page 30+ ms to receive. `ringEnds[k]` ends ring k in `coords` (index of numbers),
 * `shapeEnds[j]` ends shape j in `ringEnds`, `boxes` holds four numbers per shape.
 */
export interface PackedShapes {
  coords: Float64Array;
  /** one weight per vertex, in the order of `coords` */
  weights: Float32Array;
  ringEnds: Uint32Array;
  shapeEnds: Uint32Array;
  boxes: Float64Array;
}

/** Packs shapes (see PackedShapes); the inputs are left as they are. */
export function packShapes(shapes: readonly ShapeData[]): PackedShapes {
  const rings = shapes.flatMap((s) => s.rings);
  const coords = new Float64Array(rings.reduce((sum, r) => sum + r.length, 0));
  const weights = new Float32Array(coords.length / 2);
  const ringEnds = new Uint32Array(rings.length);
  const shapeEnds = new Uint32Array(shapes.length);
  const boxes = new Float64Array(shapes.length * 4);
  let at = 0;
  let ring = 0;
  shapes.forEach((shape, j) => {
    for (const [k, r] of shape.rings.entries()) {
      coords.set(r, at);
      weights.set(shape.weights[k] ?? new Float32Array(r.length / 2), at / 2);
      at += r.length;
      ringEnds[ring++] = at;
    }
    shapeEnds[j] = ring;
    boxes.set(shape.box, j * 4);
  });
  return { coords, weights, ringEnds, shapeEnds, boxes };
}

/**
 * Each vertex's Douglas–Peucker weight: the squared distance (zoom-0 px²) above which a tolerance drops it. The
 * ends weigh Infinity; inner vertices weigh their distance from the chord of the span they split, capped by the weight
 * of the vertex that split off that span, so that the vertices weighing more than t² are exactly those Douglas–Peucker
 * keeps at tolerance t: a drawing at any zoom simplifies in one pass, with no recursion and no copy.
 * @example const weights = vertexWeights(ring); const kept = (i: number) => weights[i] > 0.5 ** 2; // DP at 0.5 px
 */
export function vertexWeights(ring: Float64Array): Float32Array {
  const n = ring.length / 2;
  const weights = new Float32Array(n);
  if (n === 0) return weights;
  weights[0] = Infinity;
  weights[n - 1] = Infinity;
  const stack: number[] = [0, n - 1, Infinity]; // spans as (first, last, weight of the vertex that made them)
  while (stack.length > 0) {
    const cap = stack.pop() as number;
    const last = stack.pop() as number;
    const first = stack.pop() as number;
    if (last - first < 2) continue;
    const ax = ring[2 * first] as number;
    const ay = ring[2 * first + 1] as number;
    const dx = (ring[2 * last] as number) - ax;
    const dy = (ring[2 * last + 1] as number) - ay;
    const length2 = dx * dx + dy * dy;
    let worst = first + 1;
    let worst2 = -1;
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
    const weight = Math.min(worst2, cap);
    weights[worst] = weight;
    stack.push(first, worst, weight, worst, last, weight);
  }
  return weights;
}

/** The buffers behind a pack, to transfer it. */
export function buffersOf(packed: PackedShapes): ArrayBuffer[] {
  return [packed.coords, packed.weights, packed.ringEnds, packed.shapeEnds, packed.boxes].map((a) => a.buffer as ArrayBuffer);
}

function shape(rings: readonly (readonly Position[])[]): ShapeData {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const projected = rings.map((ring) => {
    const out = new Float64Array(ring.length * 2);
    ring.forEach((position, i) => {
      const [x, y] = toPixels(position[0] ?? 0, position[1] ?? 0, 0);
      out[2 * i] = x;
      out[2 * i + 1] = y;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    });
    return out;
  });
  return { rings: projected, weights: projected.map(vertexWeights), box };
}
