/**
 * The basemap's per-vertex Douglas–Peucker weights: keeping the vertices that weigh more than t² must give exactly
 * what a plain recursive Douglas–Peucker keeps at tolerance t, for every t (the tiles simplify that way at each zoom).
 */
import { describe, expect, it } from 'vitest';
import { packShapes, shapesOf, vertexWeights } from '@/components/map/basemap-shapes';

/** Textbook Douglas–Peucker (recursive, distance to the segment): the indices it keeps. */
function douglasPeucker(ring: Float64Array, tolerance: number): number[] {
  const n = ring.length / 2;
  const keep = new Set([0, n - 1]);
  const at = (i: number): [number, number] => [ring[2 * i] as number, ring[2 * i + 1] as number];
  const split = (first: number, last: number): void => {
    const [ax, ay] = at(first);
    const [bx, by] = at(last);
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = at(i);
      const length2 = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length2));
      const distance = Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
      if (distance > worstDistance) {
        worstDistance = distance;
        worst = i;
      }
    }
    if (worst < 0) return;
    keep.add(worst);
    split(first, worst);
    split(worst, last);
  };
  split(0, n - 1);
  return [...keep].toSorted((a, b) => a - b);
}

/** A deterministic wiggly line (a small linear congruential generator, so a failure can be replayed). */
function wigglyLine(points: number, seed: number): Float64Array {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const ring = new Float64Array(points * 2);
  let x = 0;
  let y = 0;
  for (let i = 0; i < points; i++) {
    x += next() * 2;
    y += (next() - 0.5) * 3;
    ring[2 * i] = x;
    ring[2 * i + 1] = y;
  }
  return ring;
}

describe('Douglas–Peucker vertex weights', () => {
  it.each([1, 2, 3, 4, 5])('keep exactly what Douglas–Peucker keeps at every tolerance (line %i)', (seed) => {
    const ring = wigglyLine(300, seed);
    const weights = vertexWeights(ring);
    for (const tolerance of [0.01, 0.1, 0.3, 0.7, 1.5, 3, 10]) {
      const kept = [...weights.keys()].filter((i) => (weights[i] as number) > tolerance * tolerance);
      expect(kept, `tolerance ${tolerance}`).toEqual(douglasPeucker(ring, tolerance));
    }
  });

  it('always keep both ends, even of a closed ring whose ends coincide', () => {
    const square = new Float64Array([0, 0, 1, 0, 1, 1, 0, 1, 0, 0]);
    const weights = vertexWeights(square);
    expect(weights[0]).toBe(Infinity);
    expect(weights[4]).toBe(Infinity);
    expect([...weights].filter((w) => w > 0.2 ** 2)).toHaveLength(5); // every corner is 0.7+ from its chord
  });

  it('travel with the packed shapes, one weight per vertex in coordinate order', () => {
    const packed = packShapes(
      shapesOf({
        type: 'MultiLineString',
        coordinates: [
          [[0, 0], [1, 1], [2, 0]],
          [[10, 10], [11, 10]],
        ],
      }),
    );
    expect(packed.weights).toHaveLength(packed.coords.length / 2);
    expect(packed.weights[0]).toBe(Infinity); // first line's ends
    expect(packed.weights[2]).toBe(Infinity);
    expect(packed.weights[1]).toBeGreaterThan(0); // its middle vertex
    expect(packed.weights[3]).toBe(Infinity); // the second line: ends only
    expect(packed.weights[4]).toBe(Infinity);
  });
});
