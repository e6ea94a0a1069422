/**
 * The route golden set through the whole pipeline and the world gazetteer: tests/fixtures/routes/in/<theme>.txt
 * (cases written for this set, see routes-cases.ts) → out/<theme>.json, each case's text, its hand-written
 * expectation and the routes drawn (places with ids, movers, date). `UPDATE_GOLDEN=1` rewrites the outputs;
 * review the diff. Every case must also draw exactly the routes written under it, bar the known misses, which must
 * stay wrong until their `~` line is removed. out/score.json holds route-level precision and recall, over the
 * whole set and per theme, golden too.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorldGazetteer } from '@/lib/gazetteer/world';
import type { Gazetteer } from '@/lib/gazetteer/types';
import { ROUTES_DIR, readRouteCases, routeLabel, routesOf, scoreRoutes, type RouteCase } from './routes-cases';

/** Loading the world gazetteer takes seconds on a busy machine. */
const LOAD_MS = 120_000;
const CASES = readRouteCases();
const THEMES = [...new Set(CASES.map((c) => c.theme))];

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadWorldGazetteer();
}, LOAD_MS);

/** the distinct routes of a case as `Origin (CC) → Destination (CC)`, sorted */
function labels(c: RouteCase): string[] {
  return [...new Set(routesOf(c, gazetteer).map(routeLabel))].toSorted();
}

/** the test's name: what the case must draw, and the start of its text */
function title(c: RouteCase): string {
  const SHOWN_CHARS = 70;
  const text = c.text.length > SHOWN_CHARS ? `${c.text.slice(0, SHOWN_CHARS)}…` : c.text;
  const what = c.expected.length === 0 ? 'no route' : c.expected.join(', ');
  return `${c.id}: draws ${what} from "${text}"`;
}

function outcome(c: RouteCase) {
  return {
    case: c.id,
    text: c.text,
    expected: c.expected,
    routes: routesOf(c, gazetteer).map((r) => ({
      route: routeLabel(r),
      from: r.from.place.id,
      to: r.to.place.id,
      actors: r.actors.map((a) => a.id),
      date: r.date?.date ?? null,
    })),
  };
}

describe('route golden set (world gazetteer)', () => {
  it('has at least 60 cases, negatives among them, from many countries', () => {
    const MIN_CASES = 60;
    const MIN_COUNTRIES = 20;
    expect(CASES.length).toBeGreaterThanOrEqual(MIN_CASES);
    expect(CASES.filter((c) => c.expected.length === 0).length).toBeGreaterThan(0);
    const countries = new Set(CASES.flatMap((c) => c.expected.flatMap((e) => [...e.matchAll(/\(([A-Z]{2})\)/g)].map((m) => m[1]))));
    expect(countries.size).toBeGreaterThanOrEqual(MIN_COUNTRIES);
  });

  it.each(THEMES)('%s matches its golden output', (theme) => {
    matchesGolden(`${ROUTES_DIR}out/${theme}.json`, CASES.filter((c) => c.theme === theme).map(outcome));
  });

  it('scores the precision and recall recorded in out/score.json', () => {
    const scored = (cases: readonly RouteCase[]) => {
      const s = scoreRoutes(cases, cases.map(labels));
      return { ...s, precision: percent(s.precision), recall: percent(s.recall) };
    };
    const themes = Object.fromEntries(THEMES.map((t) => [t, scored(CASES.filter((c) => c.theme === t))]));
    matchesGolden(`${ROUTES_DIR}out/score.json`, { all: scored(CASES), themes });
  });
});

/** `actual` equals the golden file at `path`; `UPDATE_GOLDEN=1` (or a missing file outside CI) writes it first */
function matchesGolden(path: string, actual: unknown): void {
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    if (process.env.CI === 'true') throw new Error(`golden ${path} missing in CI`);
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  }
  expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

/** a share as a percentage with one decimal */
function percent(share: number): number {
  const TENTHS_PER_ONE = 1000;
  const TENTHS_PER_PERCENT = 10;
  return Math.round(share * TENTHS_PER_ONE) / TENTHS_PER_PERCENT;
}

describe('route golden set: each case draws exactly its routes', () => {
  const solved = CASES.filter((c) => c.knownMiss === null);
  const missed = CASES.filter((c) => c.knownMiss !== null);

  it.each(solved.map((c) => [title(c), c] as const))('%s', (_, c) => {
    expect(labels(c)).toEqual(c.expected);
  });

  it.fails.each(missed.map((c) => [`${title(c)} (known miss: ${c.knownMiss ?? ''})`, c] as const))('%s', (_, c) => {
    expect(labels(c)).toEqual(c.expected);
  });
});
