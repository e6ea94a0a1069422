/**
 * The scorer, pure: gold articles + predictions → recognition and resolution metrics (micro-averaged over the
 * corpus: every toponym weighs the same, whatever its article).
 *
 * Recognition. Per article, found mentions are matched one-to-one to gold toponyms by span overlap (exact rule in
 * `match.ts`: partial overlap counts, each gold and each found mention used at most once, maximum number of pairs).
 *   precision = matched / found, recall = matched / gold, F1 = 2PR / (P + R)   (each 0 when its denominator is 0)
 *
 * Resolution, over the matched pairs whose gold has coordinates ("resolved pairs"), error = great-circle distance
 * in km between predicted and gold points (a found mention without coordinates counts as the maximum error):
 *   acc@161          = |{pairs: error ≤ 161 km}| / |pairs|
 *   end-to-end acc@161 = |{pairs: error ≤ 161 km}| / |gold toponyms with coordinates|   (misses count as wrong)
 *   median, mean error in km over the pairs
 *   AUC (Gritta et al. 2018, "What's missing in geographical parsing?"): with the pair errors sorted ascending,
 *   yᵢ = ln(1 + eᵢ) for i = 1..n, the trapezoidal area under y over an x-axis scaled to [0, 1], divided by the
 *   largest possible value ln(20039):
 *       AUC = Σᵢ₌₁ⁿ⁻¹ (yᵢ + yᵢ₊₁) / 2  ÷  ((n − 1) · ln 20039)
 *   (for n = 1, AUC = y₁ / ln 20039; errors are capped so that yᵢ ≤ ln 20039). 0 means every error is 0 km,
 *   1 means every error is the maximum; lower is better. Gritta et al. measure it over their resolved toponyms;
 *   here it is over the resolved pairs, like acc@161.
 */
import { haversineKm } from './haversine';
import { matchSpans } from './match';
import type { ArticleResult, EvalMetrics, EvalResult, GoldArticle, MatchedPair, Prediction } from './types';

/** Distance within which a resolution counts as correct, km (100 miles, the field's convention). */
export const ACCURACY_RADIUS_KM = 161;
/** Half the Earth's circumference, the largest possible error, km (Gritta et al.'s constant). */
export const MAX_ERROR_KM = 20039;

/**
 * Scores predictions against gold; articles absent from `predictions` count as having found nothing.
 * @example scoreCorpus(gold, new Map([['a1', [{ start: 0, end: 5, text: 'Paris', coordinates: [2.35, 48.86] }]]]))
 */
export function scoreCorpus(
  gold: readonly GoldArticle[],
  predictions: ReadonlyMap<string, readonly Prediction[]>,
): EvalResult {
  const perArticle = gold.map((article) => scoreArticle(article, predictions.get(article.id) ?? []));
  const matched = perArticle.flatMap((a) => a.matched);
  const goldToponyms = gold.reduce((n, a) => n + a.toponyms.length, 0);
  const foundMentions = perArticle.reduce((n, a) => n + a.matched.length + a.falsePositives.length, 0);
  const goldWithCoordinates = gold.reduce((n, a) => n + a.toponyms.filter((t) => t.coordinates !== null).length, 0);
  const errors = matched.flatMap((p) => (p.errorKm === null ? [] : [p.errorKm]));
  const within = errors.filter((e) => e <= ACCURACY_RADIUS_KM).length;
  const precision = ratio(matched.length, foundMentions);
  const recall = ratio(matched.length, goldToponyms);

  const metrics: EvalMetrics = {
    articles: gold.length,
    goldToponyms,
    foundMentions,
    matched: matched.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    goldWithCoordinates,
    resolvedPairs: errors.length,
    accuracy161: errors.length === 0 ? null : within / errors.length,
    endToEndAccuracy161: goldWithCoordinates === 0 ? null : within / goldWithCoordinates,
    medianErrorKm: median(errors),
    meanErrorKm: errors.length === 0 ? null : errors.reduce((s, e) => s + e, 0) / errors.length,
    auc: errorAuc(errors),
  };
  return { metrics, perArticle };
}

/** Matches one article's predictions to its gold toponyms and measures each pair's error. */
export function scoreArticle(article: GoldArticle, predictions: readonly Prediction[]): ArticleResult {
  const pairs = matchSpans(article.toponyms, predictions);
  const goldUsed = new Set(pairs.map(([g]) => g));
  const foundUsed = new Set(pairs.map(([, f]) => f));
  const matched: MatchedPair[] = pairs.flatMap(([g, f]) => {
    const gold = article.toponyms[g];
    const prediction = predictions[f];
    return gold === undefined || prediction === undefined ? [] : [{ gold, prediction, errorKm: pairError(gold.coordinates, prediction.coordinates) }];
  });
  return {
    id: article.id,
    matched,
    missed: article.toponyms.filter((_, i) => !goldUsed.has(i)),
    falsePositives: predictions.filter((_, i) => !foundUsed.has(i)),
  };
}

/**
 * Gritta et al.'s area under the sorted log-error curve, normalised to 0–1 (formula in the module comment).
 * @example errorAuc([0, MAX_ERROR_KM - 1]) // 0.5
 */
export function errorAuc(errorsKm: readonly number[]): number | null {
  const y = errorsKm.toSorted((a, b) => a - b).map((e) => Math.log1p(Math.min(e, MAX_ERROR_KM - 1)));
  const first = y[0];
  if (first === undefined) return null;
  if (y.length === 1) return first / Math.log(MAX_ERROR_KM);
  let area = 0;
  for (let i = 0; i + 1 < y.length; i++) area += ((y[i] ?? 0) + (y[i + 1] ?? 0)) / 2;
  return area / ((y.length - 1) * Math.log(MAX_ERROR_KM));
}

/** Median of a list of numbers (mean of the two middle values for an even count), null when empty. */
export function median(values: readonly number[]): number | null {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return null;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

// ---------------------------------------------------------------------------------------------------------------

function pairError(gold: [number, number] | null, predicted: [number, number] | null): number | null {
  if (gold === null) return null;
  return predicted === null ? MAX_ERROR_KM : haversineKm(predicted, gold);
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
