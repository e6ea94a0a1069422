/**
 * Which events the timeline counts: those the list would show under every filter but the dates (the brush and
 * the date inputs choose a period of the timeline; they do not empty the rest of it).
 */
import { pointInBounds, type Bounds } from '../filters/filter-events';
import type { Locations } from '../filters/filter-index';

/**
 * The positions in `subset` (ascending event positions) whose point lies in `bounds` and, when `placeOf` and
 * `place` are given, whose place is `place`. Null bounds keep every position.
 * @example indexesInView(groupLocations(events), [30, 30, 45, 40], applyFilter(index, filter).indexes)
 */
export function indexesInView(
  locations: Locations,
  bounds: Bounds | null,
  subset: Int32Array,
  onlyAt?: { place: string; placeOf: (position: number) => string } | null,
): Int32Array {
  if (bounds === null && !onlyAt) return subset;
  const inside = bounds === null ? null : pointInBounds(bounds);
  const flags = new Uint8Array(locations.points.length);
  locations.points.forEach((p, i) => {
    flags[i] = inside === null || inside(p) ? 1 : 0;
  });
  const out = new Int32Array(subset.length);
  let m = 0;
  for (let k = 0; k < subset.length; k++) {
    const i = subset[k] as number;
    if (flags[locations.of[i] as number] !== 1) continue;
    if (onlyAt && onlyAt.placeOf(i) !== onlyAt.place) continue;
    out[m++] = i;
  }
  return m === subset.length ? subset : out.slice(0, m);
}
