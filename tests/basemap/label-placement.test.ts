/**
 * Where place labels go at a zoom: priority order wins collisions, labels wait for their zoom, and the placement
 * depends on the zoom alone (every map tile must agree on it).
 */
import { describe, expect, it } from 'vitest';
import { placing } from '@/lib/basemap/label-placement';
import { toPixels } from '@/lib/basemap/mercator';
import { LABEL_KINDS, type Label } from '@/lib/basemap/schema';

const widthOf = (text: string) => text.length * 7; // 7 px per character: predictable boxes

/** The value a generator returns, running it to its end. */
function runToEnd<T>(steps: Generator<void, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
const place = (labels: readonly Label[], zoom: number) => runToEnd(placing(labels, zoom, widthOf)).map((p) => p.label[0]);

describe('label placement', () => {
  it('places Damascus before the town next to it, which it would overlap', () => {
    const labels: Label[] = [
      ['Damascus', 36.29, 33.51, 3, LABEL_KINDS.capital],
      ['Jaramana', 36.35, 33.49, 3, LABEL_KINDS.city],
    ];
    expect(place(labels, 5)).toEqual(['Damascus']);
    expect(place(labels, 12)).toEqual(['Damascus', 'Jaramana']); // far enough apart at street zoom
  });

  it('leaves a label out below its zoom', () => {
    const labels: Label[] = [['Al Mayādīn', 40.45, 35.02, 8, LABEL_KINDS.city]];
    expect(place(labels, 7)).toEqual([]);
    expect(place(labels, 8)).toEqual(['Al Mayādīn']);
  });

  it('keeps labels on both sides of a collision-grid line apart (boxes, not cells, decide)', () => {
    // Two labels whose boxes overlap across the 128-px cell boundary at x = 2 * 128 at zoom 1.
    const lngAt = (px: number) => (px / 512 - 0.5) * 360;
    const labels: Label[] = [
      ['Westside', lngAt(200), 0, 1, LABEL_KINDS.city],
      ['Eastside', lngAt(230), 0, 1, LABEL_KINDS.city],
    ];
    expect(place(labels, 1)).toEqual(['Westside']);
  });

  it('gives the same placement whether it runs at once or step by step', () => {
    const labels: Label[] = Array.from({ length: 2000 }, (_, i) => [`Town ${i}`, (i * 7.3) % 360 - 180, ((i * 3.1) % 150) - 75, 4, LABEL_KINDS.city]);
    const steps = placing(labels, 6, widthOf);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(1); // it does pause on a long list
    expect(step.value.map((p) => p.label[0])).toEqual(place(labels, 6));
  });

  it('projects like Leaflet: the antimeridian and the equator at the world edge and middle', () => {
    expect(toPixels(-180, 0, 0)).toEqual([0, 128]);
    const [x, y] = toPixels(180, 85.0511287798, 2);
    expect(x).toBeCloseTo(1024);
    expect(y).toBeCloseTo(0);
  });

  it('rejects a zoom that is not a whole number', () => {
    expect(() => runToEnd(placing([], 2.5, widthOf))).toThrow(/Unexpected zoom: 2.5/);
  });
});
