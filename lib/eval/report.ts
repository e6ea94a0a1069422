/** Renders evaluation results for the terminal (summary, per-article failures) and as JSON. */
import { ACCURACY_RADIUS_KM } from './score';
import type { EvalResult, GoldCorpus, GoldToponym, Prediction } from './types';

/** What the CLI measured besides the scores. */
export interface RunInfo {
  corpusPath: string;
  /** gazetteer and pipeline set-up time, ms */
  loadMs: number;
  /** time spent inside the pipeline over all articles, ms (set-up excluded) */
  pipelineMs: number;
  /** articles on which the pipeline threw (they count as finding nothing) */
  pipelineErrors: number;
}

/** How many entries each "top failures" list shows. */
const TOP_FAILURES = 15;
const MS_PER_S = 1000;

/**
 * The metrics as a few aligned lines.
 * @example formatSummary(corpus, result, info).startsWith('corpus') // true
 */
export function formatSummary(corpus: GoldCorpus, result: EvalResult, info: RunInfo): string {
  const m = result.metrics;
  const o = corpus.offsets;
  const offsets =
    o.shift === 0
      ? `${o.matchedAsGiven}/${o.total} gold phrases equal text.slice(start, end) as given (${pct(o.matchedAsGiven, o.total)})`
      : `${o.matchedAsGiven}/${o.total} match as given; ${o.matchedAfterShift}/${o.total} (${pct(o.matchedAfterShift, o.total)}) after shifting every offset by ${o.shift}`;
  const seconds = info.pipelineMs / MS_PER_S;
  return [
    `corpus       ${corpus.schema} ${info.corpusPath}: ${m.articles} articles, ${m.goldToponyms} gold toponyms (${m.goldWithCoordinates} with coordinates)`,
    `offsets      ${offsets} (whole corpus)`,
    `recognition  P ${fix(m.precision)}  R ${fix(m.recall)}  F1 ${fix(m.f1)}   (${m.matched} matched, ${m.foundMentions} found, ${m.goldToponyms} gold)`,
    `resolution   acc@${ACCURACY_RADIUS_KM} ${fix(m.accuracy161)} of ${m.resolvedPairs} recognised pairs with gold coordinates; end-to-end acc@${ACCURACY_RADIUS_KM} ${fix(m.endToEndAccuracy161)} of ${m.goldWithCoordinates}`,
    `error        median ${km(m.medianErrorKm)}  mean ${km(m.meanErrorKm)}  AUC ${fix(m.auc)} (lower is better)`,
    `speed        ${fix(m.articles / seconds, 1)} articles/s (${m.articles} articles in ${fix(seconds, 2)} s of pipeline time); gazetteer load ${fix(info.loadMs / MS_PER_S, 2)} s`,
    ...(info.pipelineErrors > 0 ? [`WARNING      the pipeline threw on ${info.pipelineErrors} articles (scored as finding nothing)`] : []),
  ].join('\n');
}

/** Per article: missed gold toponyms, false mentions, resolutions farther than 161 km; then the most frequent of each. */
export function formatFailures(result: EvalResult): string {
  const lines: string[] = [];
  for (const a of result.perArticle) {
    const far = a.matched.filter((p) => p.errorKm !== null && p.errorKm > ACCURACY_RADIUS_KM);
    if (a.missed.length + a.falsePositives.length + far.length === 0) continue;
    lines.push(`== ${a.id}`);
    for (const t of a.missed) lines.push(`  missed  ${span(t.phrase, t)}${t.coordinates ? '' : ' (no gold coordinates)'}`);
    for (const f of a.falsePositives) lines.push(`  false   ${span(f.text, f)}${tags(f)}`);
    for (const p of far) {
      const chosen = p.prediction.placeLabel === undefined ? '' : ` ${p.prediction.placeLabel}`;
      lines.push(`  far     ${span(p.prediction.text, p.prediction)} ${km(p.errorKm)} off:${chosen} ${point(p.prediction.coordinates)} vs gold ${point(p.gold.coordinates)}${tags(p.prediction)}`);
    }
  }
  const perArticle = result.perArticle;
  const farPairs = perArticle.flatMap((a) => a.matched.filter((p) => p.errorKm !== null && p.errorKm > ACCURACY_RADIUS_KM));
  lines.push(
    '',
    `== most often missed (${perArticle.reduce((n, a) => n + a.missed.length, 0)} in all)`,
    ...top(perArticle.flatMap((a) => a.missed.map((t: GoldToponym) => t.phrase))),
    `== most frequent false mentions (${perArticle.reduce((n, a) => n + a.falsePositives.length, 0)} in all)`,
    ...top(perArticle.flatMap((a) => a.falsePositives.map((f) => f.text))),
    `== most frequent far-off resolutions (${farPairs.length} in all)`,
    ...top(farPairs.map((p) => p.prediction.text)),
    '== far-off resolutions by chosen place',
    ...top(farPairs.map((p) => p.prediction.placeLabel ?? '(unknown)')),
    '== far-off resolutions by deciding pass',
    ...top(farPairs.map((p) => p.prediction.resolvedBy ?? '(unknown)')),
    '== false mentions by kind',
    ...top(perArticle.flatMap((a) => a.falsePositives.map((f) => (f.demonym ? 'demonym' : 'name')))),
  );
  return lines.join('\n');
}

/** Metrics, offsets and timing as one JSON document (per-article failures too when `withFailures`). */
export function formatJson(corpus: GoldCorpus, result: EvalResult, info: RunInfo, withFailures: boolean): string {
  const seconds = info.pipelineMs / MS_PER_S;
  const doc = {
    corpus: info.corpusPath,
    schema: corpus.schema,
    offsets: corpus.offsets,
    metrics: result.metrics,
    timing: {
      gazetteerLoadMs: Math.round(info.loadMs),
      pipelineMs: Math.round(info.pipelineMs),
      articlesPerSecond: seconds > 0 ? result.metrics.articles / seconds : null,
    },
    pipelineErrors: info.pipelineErrors,
    ...(withFailures
      ? {
          failures: result.perArticle.map((a) => ({
            id: a.id,
            missed: a.missed,
            falsePositives: a.falsePositives,
            farOff: a.matched.filter((p) => p.errorKm !== null && p.errorKm > ACCURACY_RADIUS_KM),
          })),
        }
      : {}),
  };
  return JSON.stringify(doc, null, 2);
}

// ---------------------------------------------------------------------------------------------------------------

function fix(value: number | null, digits = 3): string {
  return value === null || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
}

function km(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(1)} km`;
}

function pct(n: number, total: number): string {
  return total === 0 ? 'n/a' : `${((100 * n) / total).toFixed(1)}%`;
}

function span(text: string, at: { start: number; end: number }): string {
  return `"${text}" [${at.start},${at.end}]`;
}

function point(c: [number, number] | null): string {
  return c === null ? '(none)' : `[${c[0].toFixed(3)}, ${c[1].toFixed(3)}]`;
}

function tags(p: Prediction): string {
  const parts = [p.resolvedBy, p.demonym ? 'demonym' : undefined].filter((s) => s !== undefined);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function top(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .toSorted((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_FAILURES)
    .map(([v, n]) => `  ${String(n).padStart(5)}  ${v}`);
}
