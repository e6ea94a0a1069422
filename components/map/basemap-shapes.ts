/**
 * Basemap geometry projected once to Web Mercator pixels at zoom 0, as flat typed arrays with a box per shape. No
 * Leaflet and no DOM here: the basemap worker builds these, and the canvas (or the page, when workers fail) draws them.
 */
import type { Geometry, GeoJSON as GeoJsonObject, Position } from 'geojson';

const WORLD_PX = 256; // width of the world at zoom 0, px (Leaflet's EPSG:3857)
const MAX_LAT = 85.0511287798; // Web Mercator's limit, degrees

/** Rings or lines of one polygon or line, zoom-0 pixels as [x0, y0, x1, y1, …], with their box [x0, y0, x1, y1]. */
export interface ShapeData {
  rings: Float64Array[];
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
  ringEnds: Uint32Array;
  shapeEnds: Uint32Array;
  boxes: Float64Array;
}

/** Packs shapes (see PackedShapes); the inputs are left as they are. */
export function packShapes(shapes: readonly ShapeData[]): PackedShapes {
  const rings = shapes.flatMap((s) => s.rings);
  const coords = new Float64Array(rings.reduce((sum, r) => sum + r.length, 0));
  const ringEnds = new Uint32Array(rings.length);
  const shapeEnds = new Uint32Array(shapes.length);
  const boxes = new Float64Array(shapes.length * 4);
  let at = 0;
  let ring = 0;
  shapes.forEach((shape, j) => {
    for (const r of shape.rings) {
      coords.set(r, at);
      at += r.length;
      ringEnds[ring++] = at;
    }
    shapeEnds[j] = ring;
    boxes.set(shape.box, j * 4);
  });
  return { coords, ringEnds, shapeEnds, boxes };
}

/** The shapes of a pack, their rings as views into its coordinates (nothing copied). */
export function unpackShapes(packed: PackedShapes): ShapeData[] {
  const { coords, ringEnds, shapeEnds, boxes } = packed;
  const shapes: ShapeData[] = [];
  let ring = 0;
  let start = 0;
  for (let j = 0; j < shapeEnds.length; j++) {
    const rings: Float64Array[] = [];
    for (; ring < (shapeEnds[j] as number); ring++) {
      const end = ringEnds[ring] as number;
      rings.push(coords.subarray(start, end));
      start = end;
    }
    const b = boxes.subarray(j * 4, j * 4 + 4);
    shapes.push({ rings, box: [b[0] as number, b[1] as number, b[2] as number, b[3] as number] });
  }
  return shapes;
}

/** The buffers behind a pack, to transfer it. */
export function buffersOf(packed: PackedShapes): ArrayBuffer[] {
  return [packed.coords, packed.ringEnds, packed.shapeEnds, packed.boxes].map((a) => a.buffer as ArrayBuffer);
}

function shape(rings: readonly (readonly Position[])[]): ShapeData {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const projected = rings.map((ring) => {
    const out = new Float64Array(ring.length * 2);
    ring.forEach((position, i) => {
      const x = ((position[0] ?? 0) / 360 + 0.5) * WORLD_PX;
      const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, position[1] ?? 0));
      const sin = Math.sin((lat * Math.PI) / 180);
      const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_PX;
      out[2 * i] = x;
      out[2 * i + 1] = y;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    });
    return out;
  });
  return { rings: projected, box };
}
