/**
 * The route golden set: tests/fixtures/routes/in/<theme>.txt holds cases separated by blank lines. A case is one
 * short article (a sentence or two) followed by its expected routes, one `= Origin (CC) → Destination (CC)` line
 * each, or `= none`; `#` lines are comments; a `~ reason` line marks a case the pipeline is known to get wrong.
 * Place names are the world gazetteer's canonical names (diacritics folded), so a case checks the route and the
 * places it joins, resolved as the real pipeline resolves them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedRoute } from '@/lib/events/types';
import type { Gazetteer } from '@/lib/gazetteer/types';
import { processArticle } from '@/lib/pipeline/index';
import { parseArticle } from '@/lib/text/article';

export const ROUTES_DIR = fileURLToPath(new URL('../fixtures/routes/', import.meta.url));

export interface RouteCase {
  /** `<theme>#<n>`, 1-based within its file */
  id: string;
  theme: string;
  text: string;
  /** `Origin (CC) → Destination (CC)`, sorted; empty for a case with no route */
  expected: string[];
  /** why the pipeline still gets this case wrong, or null */
  knownMiss: string | null;
}

const EXPECT_PREFIX = '= ';
const KNOWN_MISS_PREFIX = '~ ';
const NO_ROUTE = 'none';
const EXPECTATION = /^.+ \([A-Z]{2}|-\) → .+ \([A-Z]{2}|-\)$/;

/** Every case of every theme file, in file-name order. Throws on a case without an expectation line. */
export function readRouteCases(dir: string = ROUTES_DIR): RouteCase[] {
  return readdirSync(`${dir}in`)
    .filter((f) => f.endsWith('.txt'))
    .toSorted()
    .flatMap((file) => parseCases(file.slice(0, -'.txt'.length), readFileSync(`${dir}in/${file}`, 'utf8')));
}

/** `Name (CC)` of a route end: canonical name with diacritics folded, and its country (`-` for none). */
export function placeLabel(place: { name: string; countryCode: string | null }): string {
  return `${fold(place.name)} (${place.countryCode ?? '-'})`;
}

/** `Origin (CC) → Destination (CC)` */
export function routeLabel(route: ExtractedRoute): string {
  return `${placeLabel(route.from.place)} → ${placeLabel(route.to.place)}`;
}

/** The routes the whole pipeline (world gazetteer) draws for one case. */
export function routesOf(c: RouteCase, gazetteer: Gazetteer): ExtractedRoute[] {
  return processArticle(parseArticle(c.id, c.text), gazetteer).routes;
}

export interface RouteScore {
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** cases with no expected route that got one */
  falseAlarms: number;
  negatives: number;
}

/** Route-level precision and recall of `found` (labels per case, same order as `cases`). */
export function scoreRoutes(cases: readonly RouteCase[], found: readonly (readonly string[])[]): RouteScore {
  let expected = 0;
  let total = 0;
  let correct = 0;
  let falseAlarms = 0;
  cases.forEach((c, i) => {
    const got = new Set(found[i] ?? []);
    expected += c.expected.length;
    total += got.size;
    correct += c.expected.filter((e) => got.has(e)).length;
    if (c.expected.length === 0 && got.size > 0) falseAlarms += 1;
  });
  return {
    expected,
    found: total,
    correct,
    precision: total === 0 ? 1 : correct / total,
    recall: expected === 0 ? 1 : correct / expected,
    falseAlarms,
    negatives: cases.filter((c) => c.expected.length === 0).length,
  };
}

function parseCases(theme: string, text: string): RouteCase[] {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')))
    .filter((lines) => lines.length > 0);
  return blocks.map((lines, n) => {
    const id = `${theme}#${n + 1}`;
    const body = lines.filter((l) => !l.startsWith(EXPECT_PREFIX) && !l.startsWith(KNOWN_MISS_PREFIX));
    const knownMiss = lines.find((l) => l.startsWith(KNOWN_MISS_PREFIX))?.slice(KNOWN_MISS_PREFIX.length).trim() ?? null;
    const expectations = lines.filter((l) => l.startsWith(EXPECT_PREFIX)).map((l) => l.slice(EXPECT_PREFIX.length).trim());
    if (body.length === 0 || expectations.length === 0) throw new Error(`Route case ${id} needs text and "= …" lines`);
    const none = expectations.includes(NO_ROUTE);
    if (none && expectations.length > 1) throw new Error(`Route case ${id} expects "none" and routes at once`);
    const bad = expectations.find((e) => e !== NO_ROUTE && !EXPECTATION.test(e));
    if (bad !== undefined) throw new Error(`Route case ${id}: not "Origin (CC) → Destination (CC)": ${bad}`);
    const expected = none ? [] : expectations.map(fold).toSorted();
    return { id, theme, text: body.join('\n'), expected, knownMiss };
  });
}

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}
