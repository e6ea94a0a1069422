/**
 * Dates in a sentence, resolved against the article's reference day (lib/events/reference.ts). Our own readers
 * cover what news writes: bare weekdays and months point to the PAST of the reference, a day and month without a
 * year take the latest year not after it, "last night" is the day before, "last Friday" the Friday before the
 * reference day, "N days ago" counts back, "a few months ago" is a month, "a day earlier" counts from the previous
 * date in the text, and "in 2014" is a year. Only the rare phrases left ("next Monday", "last weekend") go to
 * chrono-node (lib/events/chrono-fallback.ts), which is loaded on first need.
 */
import type { ResolvedDate } from './types';
import type { DateReference } from './reference';
import { writtenDates, writtenDay, type WrittenDate } from './date-patterns';
import { tokenize, type Token } from './terms';
import { MONTHS, WEEKDAYS, addDays, dayToMs, isValidDay, isoDay, isoMonth, monthNumber, weekdayNumber, weekdayOnOrBefore } from './calendar';
import { chronoDates } from './chrono-fallback';

/** A date expression in a sentence; offsets relative to the sentence text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: ResolvedDate;
}

/** cheap gates: chrono reads only windows around these words (names capitalised, so the verb "may" never counts) */
const NAMED_DATE_WORDS =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\p{L}])/gu;
const RELATIVE_DATE_WORDS =
  /\b(?:yesterday|today|tonight|(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|a\s+few|a\s+couple\s+of|several)\s+(?:hour|day|week|month|year)s?\s+ago|ago|(?:last|this|past|previous|next)\s+(?:week|month|year|night|weekend)|\d{1,2}\/\d{1,2}\/\d{2,4})\b/gi;
const MODIFIER_LOOKBEHIND_CHARS = 14;
/** a weekday this close before a written date belongs to it ("Thursday (12 October)") */
const ADJACENT_DATE_CHARS = 3;
const NUMBER_LOOKAHEAD_CHARS = 6;
/** words before a weekday or month that change its meaning: chrono handles those */
const MODIFIER_BEFORE = /\b(next|last|this|coming|past|previous|following)[\s-]*$/i;
const MONTH_PREPOSITION_BEFORE = /\b(?:in|of|since|until|by|early|late|mid|from|during)[\s-]*$/i;
/** ", 2007" or " 2007" right after a month name */
const MONTH_YEAR_AFTER = /^,?\s+((?:19|20)\d\d)(?!\d)/;
const MONTH_YEAR_LOOKAHEAD_CHARS = 7;
const MONTHS_PER_YEAR = 12;
/** how "last/this/next" shift a period */
const PERIOD_SHIFT: Readonly<Record<string, number>> = { last: -1, previous: -1, this: 0, past: 0, next: 1 };
const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['May', 'March']);
/** lower-cased words that may belong to a date expression: the gate before any date regex runs */
const DATE_HINT_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['yesterday', 'today', 'tonight', 'ago', 'earlier', 'later', 'before', 'after', 'previous', 'following'],
  ...['week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'weekend', 'day', 'days'],
]);
/** relative words resolved straight from the reference day, in days before it */
const DAYS_BEFORE_REFERENCE: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: 1 };
const RELATIVE_TO_PREVIOUS =
  /\b(?:(a|one|two|three|four|five|six|seven|\d{1,2})\s+(day|days|week|weeks)\s+(earlier|before|later|after)|the\s+(previous|next|following)\s+day|the\s+day\s+(before|after))\b/gi;
/** "in 2014", "since 2011", "early 2015", "the 1982 massacre" — not "of 1935 Orchard St." */
// (no `i` flag: with it, \p{Lu} would match any letter and reject "in 2014 when …")
const BARE_YEAR =
  /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id|[Ss]ummer|[Ss]pring|[Aa]utumn|[Ff]all|[Ww]inter|[Tt]he)[\s-]+((?:19|20)\d\d)(?![\d-])(?!\s+\p{Lu})/gu;
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** vague counts, valued as chrono values them; a vague number of days names a month, not a day */
const VAGUE_COUNTS: Readonly<Record<string, number>> = { 'a few': 3, 'a couple of': 2, several: 7 };
const DAYS_PER_WEEK = 7;
const MS_PER_DAY = 86_400_000;
const HOURS_PER_DAY = 24;
/** the hour of the reference day that "N hours ago" counts back from (noon: the middle of an unknown time) */
const REFERENCE_HOUR = 12;
/** "ago" after a time unit we do not read ("ten minutes ago", "a decade ago") goes to chrono; any other "ago" is no date */
const UNIT_BEFORE_AGO = /\b(?:sec(?:ond)?s?|min(?:ute)?s?|hrs?|hours?|days?|weeks?|months?|mos?|quarters?|years?|yrs?|decades?)\s*$/i;
/** "3/20/2009", "3/20/09": month first (US order) unless the first number cannot be a month */
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
/** two-digit years above this are 19xx, the rest 20xx */
const TWO_DIGIT_YEAR_PIVOT = 50;

/** true when the sentence may contain a date (the cheap gate before any date parsing) */
export function mayContainDate(text: string, tokens: readonly Token[] = tokenize(text)): boolean {
  return tokens.some((t) => DATE_HINT_WORDS.has(t.lower) || /\d/.test(t.raw));
}

/**
 * All dates of one sentence. `previous` is the last date found earlier in the article (for "a day earlier");
 * without a reference only absolute dates resolve.
 * @example findDates('They fled on Thursday.', { date: '2017-10-16', inferred: true }, null)[0]?.date // { date: '2017-10-12', precision: 'day' }
 */
export function findDates(
  text: string,
  reference: DateReference | null,
  previous: ResolvedDate | null,
  tokens: readonly Token[] = tokenize(text),
): DateMention[] {
  if (!mayContainDate(text, tokens)) return [];
  const out: DateMention[] = [...relativeToPrevious(text, reference, previous), ...bareYears(text, reference)];
  const taken = (start: number, end: number): boolean => out.some((m) => start < m.end && m.start < end);
  const secondary: WrittenDate[] = [];
  for (const written of writtenDates(text)) {
    if (written.secondary) {
      secondary.push(written);
      continue;
    }
    const date = resolveWritten(written, reference);
    if (date !== null && !taken(written.start, written.end)) {
      out.push({ start: written.start, end: written.end, text: text.slice(written.start, written.end), date });
    }
  }
  const hard: RegExpMatchArray[] = [];
  for (const m of text.matchAll(RELATIVE_DATE_WORDS)) {
    const daysBefore = DAYS_BEFORE_REFERENCE[m[0].toLowerCase()];
    const date =
      reference === null
        ? null
        : daysBefore !== undefined
          ? { date: addDays(reference.date, -daysBefore), precision: 'day' as const }
          : (relativePeriod(m, reference) ?? numericDate(m[0]));
    if (date === null) {
      if (needsChrono(text, m)) hard.push(m);
    } else if (!taken(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], date });
  }
  for (const m of text.matchAll(NAMED_DATE_WORDS)) {
    if (nextToDate(m, out) || secondary.some((d) => (m.index ?? 0) >= d.start && (m.index ?? 0) < d.end)) continue;
    const simple = simpleDate(text, m, reference);
    if (simple === 'needs-chrono') hard.push(m);
    else if (simple !== null && !taken(simple.start, simple.end)) out.push(simple);
  }
  // Without a reference day the hard cases cannot resolve: chrono would count "today" and "last year" from 1970.
  if (hard.length > 0 && reference !== null) out.push(...chronoDates(text, hard, reference, taken));
  // "the 7 July and Engineering College areas", "26 September Street": a date that names a place is no date
  const dates = out.filter((m) => !namesPlace(text, m));
  return mergeAdjacent(text, dates.toSorted((a, b) => a.start - b.start));
}

/**
 * The date names a place: a place noun follows it ("July 7 neighbourhood", "7 July and Engineering College areas"),
 * capitalised as part of the name ("26 September Street") or after a word that is no date's ("at", "of"), so that
 * "On 3 May school teachers protested" keeps its date.
 */
function namesPlace(text: string, m: { start: number; end: number }): boolean {
  const after = PLACE_NAMED_BY_DATE.exec(text.slice(m.end));
  if (after === null) return false;
  const noun = after[1] ?? '';
  return /^\p{Lu}/u.test(noun) || !DATE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** right after a date: the place noun of a place named after it */
const PLACE_NAMED_BY_DATE =
  /^\s+(?:and\s+(?:\p{Lu}[\w-]*\s+){1,3})?(areas?|neighbou?rhoods?|streets?|roads?|squares?|districts?|bridges?|camps?|schools?|hospitals?|roundabouts?|stadiums?|avenues?|quarters?|city|complex|compound)\b/iu;
/** words that introduce a date, not a place: "On 3 May", "since 7 July" */
const DATE_PREPOSITION_BEFORE = /\b(?:on|since|from|until|till|by|before|after|between|around|and)\s+(?:the\s+)?$/i;

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

/** a weekday or month name inside a date already read, or a weekday printed right before one ("Thursday (12 October)") */
function nextToDate(m: RegExpMatchArray, found: readonly DateMention[]): boolean {
  const start = m.index ?? 0;
  const end = start + m[0].length;
  return found.some((d) => (start >= d.start && end <= d.end) || (d.start >= end && d.start - end <= ADJACENT_DATE_CHARS));
}

/** A written day and month; without a year, the latest such day not after the reference (plus a day of slack). */
function resolveWritten(d: WrittenDate, reference: DateReference | null): ResolvedDate | null {
  if (d.year !== null) return { date: writtenDay({ ...d, year: d.year }), precision: 'day' };
  if (reference === null) return null;
  const thisYear = Number(reference.date.slice(0, 4));
  const candidate = isoDay(thisYear, d.month, d.day);
  return { date: candidate > addDays(reference.date, 1) ? isoDay(thisYear - 1, d.month, d.day) : candidate, precision: 'day' };
}

/**
 * The fast path for the commonest forms, which need no parser, only the reference: a bare weekday ("said
 * Saturday"), a month with or without its year ("in June", "in October 2007", "mid-April"). Anything with
 * "next"/"last"/"this" before it goes to chrono.
 */
function simpleDate(
  text: string,
  m: RegExpMatchArray,
  reference: DateReference | null,
): DateMention | 'needs-chrono' | null {
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const before = text.slice(Math.max(0, start - MODIFIER_LOOKBEHIND_CHARS), start);
  const modifier = MODIFIER_BEFORE.exec(before);
  if (modifier !== null) return modifiedName(text, m, modifier, reference);
  const word = m[0].replace(/\.$/, '');
  const weekday = weekdayNumber(word);
  if (weekday !== null) {
    if (reference === null) return null;
    return { start, end, text: m[0], date: { date: weekdayOnOrBefore(reference.date, weekday), precision: 'day' } };
  }
  const month = monthNumber(word);
  if (month === null) return 'needs-chrono';
  const year = MONTH_YEAR_AFTER.exec(text.slice(end, end + MONTH_YEAR_LOOKAHEAD_CHARS));
  if (year !== null) {
    const yearEnd = end + year[0].length;
    return { start, end: yearEnd, text: text.slice(start, yearEnd), date: { date: isoMonth(Number(year[1]), month), precision: 'month' } };
  }
  if (reference === null || /\d/.test(text.slice(end, end + NUMBER_LOOKAHEAD_CHARS))) return null;
  // "May" and "March" open sentences as a verb or a modal too: only after a preposition are they months
  if (AMBIGUOUS_MONTHS.has(word) && !MONTH_PREPOSITION_BEFORE.test(before)) return null;
  return { start, end, text: m[0], date: monthNotAfter(reference.date, month) };
}

/**
 * A weekday or month name after "last", "past", "previous", "this", "coming" or "following" (the same days chrono
 * gave them): "last Friday" is the Friday before the reference day, "past/previous Friday" the latest Friday on or
 * before it, "this Friday" the next on or after it, "coming/following Friday" the nearest; "last/past/previous/this
 * June" is the latest June not after the reference month. "next …" and "coming/following June" go to chrono.
 */
function modifiedName(
  text: string,
  m: RegExpMatchArray,
  modifier: RegExpExecArray,
  reference: DateReference | null,
): DateMention | 'needs-chrono' | null {
  if (reference === null) return null;
  const end = (m.index ?? 0) + m[0].length;
  // the modifier match ends where the name starts
  const start = (m.index ?? 0) - modifier[0].length;
  const word = (modifier[1] ?? '').toLowerCase();
  const name = m[0].replace(/\.$/, '');
  const mention = (date: ResolvedDate): DateMention => ({ start, end, text: text.slice(start, end), date });
  const weekday = weekdayNumber(name);
  if (weekday !== null) {
    const ref = reference.date;
    if (word === 'last') return mention({ date: weekdayOnOrBefore(addDays(ref, -1), weekday), precision: 'day' });
    if (word === 'past' || word === 'previous') return mention({ date: weekdayOnOrBefore(ref, weekday), precision: 'day' });
    const onOrAfter = weekdayOnOrBefore(addDays(ref, DAYS_PER_WEEK - 1), weekday);
    if (word === 'this') return mention({ date: onOrAfter, precision: 'day' });
    if (word === 'coming' || word === 'following') {
      const before = weekdayOnOrBefore(addDays(ref, -1), weekday);
      const nearer = daysBetween(ref, onOrAfter) < daysBetween(before, ref) ? onOrAfter : before;
      return mention({ date: nearer, precision: 'day' });
    }
    return 'needs-chrono';
  }
  const month = monthNumber(name);
  if (month === null || !['last', 'past', 'previous', 'this'].includes(word)) return 'needs-chrono';
  return mention(monthNotAfter(reference.date, month));
}

function daysBetween(from: string, to: string): number {
  return Math.round((dayToMs(to) - dayToMs(from)) / MS_PER_DAY);
}

/** a month without a year: the latest such month not after the reference month */
function monthNotAfter(reference: string, month: number): ResolvedDate {
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));
  return { date: isoMonth(month > refMonth ? refYear - 1 : refYear, month), precision: 'month' };
}

/**
 * "last year", "this month", "next week", "three weeks ago", "last night", "two hours ago", "a few months ago":
 * periods counted from the reference, no parser needed. A vague count of days names a month.
 */
function relativePeriod(m: RegExpMatchArray, reference: DateReference): ResolvedDate | null {
  const lower = m[0].toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'last night') return { date: addDays(reference.date, -1), precision: 'day' };
  const period = /^(?:(last|this|past|previous|next) (week|month|year)|(.+) (hour|day|week|month|year)s? ago)$/.exec(lower);
  if (period === null) return null;
  const refYear = Number(reference.date.slice(0, 4));
  const refMonth = Number(reference.date.slice(5, 7));
  const unit = period[2] ?? period[4] ?? '';
  const countWord = period[3] ?? '';
  const vague = VAGUE_COUNTS[countWord];
  const count = period[1] !== undefined ? PERIOD_SHIFT[period[1]] ?? 0 : -(vague ?? COUNT_WORDS[countWord] ?? Number(countWord));
  if (!Number.isFinite(count)) return null;
  if (unit === 'year') return { date: String(refYear + count), precision: 'year' };
  if (unit === 'month') {
    const index = refYear * MONTHS_PER_YEAR + (refMonth - 1) + count;
    return { date: isoMonth(Math.floor(index / MONTHS_PER_YEAR), (index % MONTHS_PER_YEAR) + 1), precision: 'month' };
  }
  if (unit === 'hour') {
    return { date: addDays(reference.date, Math.floor((REFERENCE_HOUR + count) / HOURS_PER_DAY)), precision: 'day' };
  }
  const shifted = addDays(reference.date, count * (unit === 'week' ? DAYS_PER_WEEK : 1));
  return unit === 'day' && vague === undefined ? { date: shifted, precision: 'day' } : { date: shifted.slice(0, 7), precision: 'month' };
}

/** "3/20/2009" as a day, or null when the numbers make no date */
function numericDate(phrase: string): ResolvedDate | null {
  const m = NUMERIC_DATE.exec(phrase);
  if (m === null) return null;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const written = Number(m[3]);
  const year = (m[3] ?? '').length === 2 ? written + (written > TWO_DIGIT_YEAR_PIVOT ? 1900 : 2000) : written;
  const [month, day] = first > MONTHS_PER_YEAR && second <= MONTHS_PER_YEAR ? [second, first] : [first, second];
  return isValidDay(year, month, day) ? { date: isoDay(year, month, day), precision: 'day' } : null;
}

/** a relative phrase none of our readers resolved: chrono may know it ("last weekend"), unless it is an "ago" without a unit ("long ago") */
function needsChrono(text: string, m: RegExpMatchArray): boolean {
  const lower = m[0].toLowerCase();
  if (lower.includes('/')) return false;
  if (lower !== 'ago') return true;
  return UNIT_BEFORE_AGO.test(text.slice(0, m.index ?? 0));
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

/** years named in the past tense of news; one after the reference year is a plan, not an event date */
function bareYears(text: string, reference: DateReference | null): DateMention[] {
  const latest = reference === null ? Infinity : Number(reference.date.slice(0, 4));
  return [...text.matchAll(BARE_YEAR)].filter((m) => Number(m[1]) <= latest).map((m) => {
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
