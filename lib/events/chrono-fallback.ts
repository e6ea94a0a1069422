/**
 * The rare date phrases our own readers (lib/events/dates.ts) leave open ("next Monday", "last
 * weekend", "the coming March") go to chrono-node. chrono is loaded on first need only: building its English
 * parsers and compiling their patterns costs a few hundred milliseconds of CPU per process, and a typical ingest
 * run never needs it.
 */
import type { ParsedResult } from 'chrono-node';
import type { ResolvedDate } from './types';
import type { DateReference } from './reference';
import { addDays, isoDay, isoMonth, weekdayOnOrBefore } from './calendar';

/** A date chrono read in a sentence; offsets relative to the sentence text. */
export interface ChronoMention {
  start: number;
  end: number;
  text: string;
  date: ResolvedDate;
}

/** characters of context chrono sees on each side of a date word ("next Monday", "12 October 2017") */
const CHRONO_WINDOW_CHARS = 24;
/** chrono's coarse relative phrases that name a period rather than a day */
const MONTH_PERIOD = /\b(?:last|this|past|previous)\s+(?:week|month)\b/i;
const YEAR_PERIOD = /\b(?:last|this|past|previous)\s+year\b/i;
const FORWARD_WORDS = /\b(?:next|coming|upcoming|following)\s*$/i;

/** English only: the package root would also pull in every other locale's parsers */
type ChronoModule = typeof import('chrono-node/en');

/**
 * Dates chrono reads in windows of `text` around the `hard` matches, skipping spans `taken` already covers.
 * @example chronoDates('Talks resume next Monday.', [/next Monday/.exec(…)], { date: '2024-06-25', inferred: false }, () => false)
 */
export function chronoDates(
  text: string,
  hard: readonly RegExpMatchArray[],
  reference: DateReference,
  taken: (start: number, end: number) => boolean,
): ChronoMention[] {
  const chrono = loadChrono();
  const instant = new Date(`${reference.date}T12:00:00Z`);
  const out: ChronoMention[] = [];
  for (const [from, to] of chronoWindows(text, hard)) {
    for (const result of chrono.casual.parse(text.slice(from, to), { instant, timezone: 0 })) {
      const start = from + result.index;
      const end = start + result.text.length;
      if (taken(start, end) || out.some((m) => start < m.end && m.start < end)) continue;
      const date = refine(result, text.slice(0, start), reference);
      if (date !== null) out.push({ start, end, text: result.text, date });
    }
  }
  return out;
}

/**
 * Synchronous on purpose: the date readers are synchronous, and both tsx and the esbuild bundle (CommonJS) resolve
 * a plain require; the bundle keeps chrono's module un-evaluated until this line runs.
 */
function loadChrono(): ChronoModule {
  return require('chrono-node/en') as ChronoModule;
}

/** merged windows of text around date words: chrono never reads a whole long sentence */
function chronoWindows(text: string, matches: readonly RegExpMatchArray[]): [number, number][] {
  const hits = matches.map((m) => ({ index: m.index ?? 0, length: m[0].length })).toSorted((a, b) => a.index - b.index);
  const windows: [number, number][] = [];
  for (const m of hits) {
    const from = wordStartAtOrBefore(text, Math.max(0, m.index - CHRONO_WINDOW_CHARS));
    const to = wordEndAtOrAfter(text, Math.min(text.length, m.index + m.length + CHRONO_WINDOW_CHARS));
    const last = windows.at(-1);
    if (last !== undefined && from <= last[1]) windows[windows.length - 1] = [last[0], Math.max(last[1], to)];
    else windows.push([from, to]);
  }
  return windows;
}

function wordStartAtOrBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\S/.test(text.charAt(i - 1))) i -= 1;
  return i;
}

function wordEndAtOrAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\S/.test(text.charAt(i))) i += 1;
  return i;
}

/** `before` is the sentence text before the expression (for "next"/"coming") */
function refine(result: ParsedResult, before: string, reference: DateReference): ResolvedDate | null {
  const c = result.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  const weekday = c.get('weekday');
  if (year === null || month === null || day === null) return null;
  if (c.isCertain('day') && c.isCertain('month')) {
    if (c.isCertain('year')) return { date: isoDay(year, month, day), precision: 'day' };
    const thisYear = Number(reference.date.slice(0, 4));
    const candidate = isoDay(thisYear, month, day);
    // a day and month without a year is the latest such day not after the reference (plus a day of slack)
    const resolved = candidate > addDays(reference.date, 1) ? isoDay(thisYear - 1, month, day) : candidate;
    return { date: resolved, precision: 'day' };
  }
  if (c.isCertain('weekday') && weekday !== null && !c.isCertain('day')) {
    const forward = FORWARD_WORDS.test(before);
    if (forward || /\b(?:next|last|this)\b/i.test(result.text)) return { date: isoDay(year, month, day), precision: 'day' };
    return { date: weekdayOnOrBefore(reference.date, weekday), precision: 'day' };
  }
  if (c.isCertain('month') && !c.isCertain('day')) {
    if (c.isCertain('year')) return { date: isoMonth(year, month), precision: 'month' };
    const refYear = Number(reference.date.slice(0, 4));
    const refMonth = Number(reference.date.slice(5, 7));
    return { date: isoMonth(month > refMonth ? refYear - 1 : refYear, month), precision: 'month' };
  }
  // relative phrases ("yesterday", "three days ago", "last week"): chrono computed them from the reference
  if (YEAR_PERIOD.test(result.text)) return { date: String(year), precision: 'year' };
  if (MONTH_PERIOD.test(result.text)) return { date: isoMonth(year, month), precision: 'month' };
  return { date: isoDay(year, month, day), precision: 'day' };
}
