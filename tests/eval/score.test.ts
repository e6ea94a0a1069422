import { describe, expect, it } from 'vitest';
import { errorAuc, median, MAX_ERROR_KM, scoreCorpus } from '@/lib/eval/score';
import type { GoldArticle, Prediction } from '@/lib/eval/types';

/** km per degree of latitude on the haversine sphere (2πR / 360). */
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;
const north = ([lng, lat]: [number, number], km: number): [number, number] => [lng, lat + km / KM_PER_DEGREE];

const A: [number, number] = [10, 45];
const B: [number, number] = [12, 46];

// "Rain in Ashford and Brill; Carlow stayed dry." — gold Ashford [8,15], Brill [20,25], Carlow [27,33]
const article: GoldArticle = {
  id: 'a1',
  text: 'Rain in Ashford and Brill; Carlow stayed dry.',
  toponyms: [
    { start: 8, end: 15, phrase: 'Ashford', coordinates: A },
    { start: 20, end: 25, phrase: 'Brill', coordinates: B },
    { start: 27, end: 33, phrase: 'Carlow', coordinates: null },
  ],
};
const found = (start: number, end: number, coordinates: [number, number] | null): Prediction => ({
  start,
  end,
  text: article.text.slice(start, end),
  coordinates,
});

describe('scoreCorpus', () => {
  // 3 gold, 4 found, 2 overlapping: "Ash" (partial) 100 km off, "Brill" 500 km off, "Rain" and "dry" false.
  const predictions = [found(0, 4, A), found(8, 11, north(A, 100)), found(20, 25, north(B, 500)), found(41, 44, A)];
  const { metrics, perArticle } = scoreCorpus([article], new Map([['a1', predictions]]));

  it('scores 3 gold, 4 found, 2 overlapping as P 0.5, R 0.667, F1 0.571', () => {
    expect(metrics.matched).toBe(2);
    expect(metrics.precision).toBe(0.5);
    expect(metrics.recall).toBeCloseTo(2 / 3, 9);
    expect(metrics.f1).toBeCloseTo(4 / 7, 9);
  });

  it('scores errors of 100 and 500 km as acc@161 0.5, median 300 km, mean 300 km', () => {
    expect(metrics.resolvedPairs).toBe(2);
    expect(metrics.accuracy161).toBe(0.5);
    expect(metrics.medianErrorKm).toBeCloseTo(300, 6);
    expect(metrics.meanErrorKm).toBeCloseTo(300, 6);
  });

  it('lists the missed gold toponym and the two false mentions', () => {
    expect(perArticle[0]?.missed.map((t) => t.phrase)).toEqual(['Carlow']);
    expect(perArticle[0]?.falsePositives.map((p) => p.text)).toEqual(['Rain', 'dry']);
  });

  it('counts end-to-end acc@161 over every gold toponym with coordinates, missed ones included', () => {
    const onlyAsh = scoreCorpus([article], new Map([['a1', [found(8, 15, north(A, 20))]]])).metrics;
    expect(onlyAsh.accuracy161).toBe(1);
    expect(onlyAsh.endToEndAccuracy161).toBe(0.5); // Brill missed; Carlow has no coordinates, so it is not counted
    expect(onlyAsh.goldWithCoordinates).toBe(2);
  });

  it('counts a gold toponym without coordinates for recognition only', () => {
    const onlyCarlow = scoreCorpus([article], new Map([['a1', [found(27, 33, A)]]])).metrics;
    expect(onlyCarlow.matched).toBe(1);
    expect(onlyCarlow.resolvedPairs).toBe(0);
    expect(onlyCarlow.accuracy161).toBeNull();
    expect(onlyCarlow.endToEndAccuracy161).toBe(0);
  });

  it('gives a found but unresolved mention the maximum error', () => {
    const unresolved = scoreCorpus([article], new Map([['a1', [found(8, 15, null)]]])).metrics;
    expect(unresolved.meanErrorKm).toBe(MAX_ERROR_KM);
    expect(unresolved.auc).toBeCloseTo(1, 9);
  });

  it('scores an article the geoparser never saw as finding nothing, without NaN', () => {
    const empty = scoreCorpus([article], new Map()).metrics;
    expect(empty).toMatchObject({ foundMentions: 0, precision: 0, recall: 0, f1: 0, medianErrorKm: null, auc: null });
  });

  it('does not mutate the gold or the predictions', () => {
    const gold = structuredClone(article);
    const preds = structuredClone(predictions);
    scoreCorpus([gold], new Map([['a1', preds]]));
    expect(gold).toEqual(article);
    expect(preds).toEqual(predictions);
  });
});

describe('errorAuc', () => {
  it('matches the hand-computed area for errors 500, 0, 100 km (sorted: ln 1, ln 101, ln 501)', () => {
    // ((0 + ln 101) / 2 + (ln 101 + ln 501) / 2) / (2 · ln 20039) = 0.389858
    expect(errorAuc([500, 0, 100])).toBeCloseTo(0.389858, 6);
  });

  it('is 0 for perfect resolutions, 0.5 for one perfect and one maximal, ln 101 / ln 20039 for one 100 km error', () => {
    expect(errorAuc([0, 0, 0])).toBe(0);
    expect(errorAuc([0, MAX_ERROR_KM])).toBeCloseTo(0.5, 9);
    expect(errorAuc([100])).toBeCloseTo(0.465918, 6);
  });

  it('is null without errors', () => {
    expect(errorAuc([])).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([500, 100])).toBe(300);
    expect(median([])).toBeNull();
  });
});
