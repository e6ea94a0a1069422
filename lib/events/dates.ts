/**
 * Dates in a sentence, resolved against the article's reference day (lib/events/reference.ts). chrono-node reads
 * the expressions; our refiners then fix what news needs: bare weekdays and months point to the PAST of the
 * reference, a day and month without a year take the latest year not after it, "a day earlier" counts from the
 * previous date in the text, and "in 2014" is a year. chrono runs only on sentences with date-like words.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { ResolvedDate } from './types';
import type { DateReference } from './reference';
import { addDays, isoDay, isoMonth, weekdayOnOrBefore } from './calendar';

/** A date expression in a sentence; offsets relative to the sentence text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: ResolvedDate;
}

/** cheap gate: only sentences matching this go to chrono */
const DATE_WORDS =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|today|tonight|ago|last|earlier|later|before|after|previous|following|(?:19|20)\d\d|\d{1,2}\/\d{1,2})\b/i;
const RELATIVE_TO_PREVIOUS =
  /\b(?:(a|one|two|three|four|five|six|seven|\d{1,2})\s+(day|days|week|weeks)\s+(earlier|before|later|after)|the\s+(previous|next|following)\s+day|the\s+day\s+(before|after))\b/gi;
const BARE_YEAR = /\b(?:in|since|during|by|until|from|of|early|late|mid|summer|spring|autumn|fall|winter)[\s-]+((?:19|20)\d\d)\b/gi;
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const DAYS_PER_WEEK = 7;
/** chrono's coarse relative phrases that name a period rather than a day */
const MONTH_PERIOD = /\b(?:last|this|past|previous)\s+(?:week|month)\b/i;
const YEAR_PERIOD = /\b(?:last|this|past|previous)\s+year\b/i;
const FORWARD_WORDS = /\b(?:next|coming|upcoming|following)\s*$/i;

/** true when the sentence may contain a date (the cheap gate before chrono) */
export function mayContainDate(text: string): boolean {
  return DATE_WORDS.test(text);
}

/**
 * All dates of one sentence. `previous` is the last date found earlier in the article (for "a day earlier");
 * without a reference only absolute dates resolve.
 * @example findDates('They fled on Thursday.', { date: '2017-10-16', inferred: true }, null)[0]?.date // { date: '2017-10-12', precision: 'day' }
 */
export function findDates(text: string, reference: DateReference | null, previous: ResolvedDate | null): DateMention[] {
  if (!mayContainDate(text)) return [];
  const out: DateMention[] = [...relativeToPrevious(text, reference, previous), ...bareYears(text)];
  const taken = (start: number, end: number): boolean => out.some((m) => start < m.end && m.start < end);
  const instant = reference === null ? new Date(0) : new Date(`${reference.date}T12:00:00Z`);
  for (const result of chrono.casual.parse(text, { instant, timezone: 0 })) {
    const end = result.index + result.text.length;
    if (taken(result.index, end)) continue;
    const date = refine(result, text, reference);
    if (date !== null) out.push({ start: result.index, end, text: result.text, date });
  }
  return mergeAdjacent(text, out.toSorted((a, b) => a.start - b.start));
}

/** The most precise of a sentence's dates nearest to `at` (a trigger offset), or null. */
export function dateNear(dates: readonly DateMention[], at: number): ResolvedDate | null {
  const rank = { day: 0, month: 1, year: 2 } as const;
  const sorted = dates.toSorted(
    (a, b) => rank[a.date.precision] - rank[b.date.precision] || distance(a, at) - distance(b, at),
  );
  return sorted[0]?.date ?? null;
}

function distance(m: DateMention, at: number): number {
  return m.start > at ? m.start - at : Math.max(0, at - m.end);
}

function refine(result: ParsedResult, text: string, reference: DateReference | null): ResolvedDate | null {
  const c = result.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  const weekday = c.get('weekday');
  if (year === null || month === null || day === null) return null;
  if (c.isCertain('day') && c.isCertain('month')) {
    if (c.isCertain('year')) return { date: isoDay(year, month, day), precision: 'day' };
    if (reference === null) return null;
    const thisYear = Number(reference.date.slice(0, 4));
    const candidate = isoDay(thisYear, month, day);
    // a day and month without a year is the latest such day not after the reference (plus a day of slack)
    const resolved = candidate > addDays(reference.date, 1) ? isoDay(thisYear - 1, month, day) : candidate;
    return { date: resolved, precision: 'day' };
  }
  if (c.isCertain('weekday') && weekday !== null && !c.isCertain('day')) {
    if (reference === null) return null;
    const forward = FORWARD_WORDS.test(text.slice(0, result.index));
    if (forward || /\b(?:next|last|this)\b/i.test(result.text)) return { date: isoDay(year, month, day), precision: 'day' };
    return { date: weekdayOnOrBefore(reference.date, weekday), precision: 'day' };
  }
  if (c.isCertain('month') && !c.isCertain('day')) {
    if (c.isCertain('year')) return { date: isoMonth(year, month), precision: 'month' };
    if (reference === null) return null;
    const refYear = Number(reference.date.slice(0, 4));
    const refMonth = Number(reference.date.slice(5, 7));
    return { date: isoMonth(month > refMonth ? refYear - 1 : refYear, month), precision: 'month' };
  }
  // relative phrases ("yesterday", "three days ago", "last week"): chrono computed them from the reference
  if (reference === null) return null;
  if (YEAR_PERIOD.test(result.text)) return { date: String(year), precision: 'year' };
  if (MONTH_PERIOD.test(result.text)) return { date: isoMonth(year, month), precision: 'month' };
  return { date: isoDay(year, month, day), precision: 'day' };
}

function relativeToPrevious(
  text: string,
  reference: DateReference | null,
  previous: ResolvedDate | null,
): DateMention[] {
  const base = previous?.precision === 'day' ? previous.date : reference?.date;
  if (base === undefined) return [];
  const out: DateMention[] = [];
  for (const m of text.matchAll(RELATIVE_TO_PREVIOUS)) {
    const count = m[1] === undefined ? 1 : (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1]));
    const unit = m[2]?.toLowerCase().startsWith('week') === true ? DAYS_PER_WEEK : 1;
    const direction = (m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
    const sign = ['earlier', 'before', 'previous'].includes(direction) ? -1 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: { date: addDays(base, sign * count * unit), precision: 'day' } });
  }
  return out;
}

function bareYears(text: string): DateMention[] {
  return [...text.matchAll(BARE_YEAR)].map((m) => {
    const start = m.index + m[0].length - 4;
    return { start, end: start + 4, text: m[1] ?? '', date: { date: m[1] ?? '', precision: 'year' as const } };
  });
}

/** "Thursday (12 October)" → one mention: neighbouring mentions that resolve to the same day are merged. */
function mergeAdjacent(text: string, mentions: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const last = out.at(-1);
    if (last !== undefined && last.date.date === m.date.date && m.start - last.end <= 3) {
      out[out.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end) };
    } else {
      out.push(m);
    }
  }
  return out;
}
