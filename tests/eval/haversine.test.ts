import { describe, expect, it } from 'vitest';
import { haversineKm } from '@/lib/eval/haversine';

const PARIS: [number, number] = [2.3522, 48.8566];
const LONDON: [number, number] = [-0.1276, 51.5072];

describe('haversineKm', () => {
  it('measures Paris–London as about 344 km', () => {
    expect(haversineKm(PARIS, LONDON)).toBeGreaterThan(340);
    expect(haversineKm(PARIS, LONDON)).toBeLessThan(347);
  });

  it('reads points as [lng, lat]: one degree of latitude is about 111.2 km, one of longitude at 60° N half that', () => {
    expect(haversineKm([0, 0], [0, 1])).toBeCloseTo(111.195, 2);
    expect(haversineKm([0, 60], [1, 60])).toBeCloseTo(55.6, 1);
  });

  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(PARIS, PARIS)).toBe(0);
    expect(haversineKm(LONDON, PARIS)).toBeCloseTo(haversineKm(PARIS, LONDON), 9);
  });

  it('gives half the circumference for antipodes', () => {
    expect(haversineKm([0, 0], [180, 0])).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});
