/**
 * The article's "now": the publication date when there is one, else a date inferred from the text itself.
 * Inference: a weekday printed next to a day and month ("Thursday (12 October)") fixes the year, taken as the
 * first such year not before any year the article mentions (those lie in the past); the latest such anchor, or
 * any full date, is pushed forward by up to six days so that the bare weekdays of the text ("said Saturday")
 * fall on or after it — news names weekdays only for the days just before publication.
 */
import {
  addDays,
  dayToMs,
  isValidDay,
  isoDay,
  monthNumber,
  weekdayNumber,
  weekdayOf,
  weekdayOnOrBefore,
} from './calendar';
import { DAY, MONTH, WEEKDAY } from './date-patterns';

export interface DateReference {
  /** YYYY-MM-DD */
  date: string;
  /** true when read from the text rather than given as the publication date */
  inferred: boolean;
}

/** years to search forward from the latest mentioned year for a weekday/date match (28 = full calendar cycle) */
const YEAR_SEARCH_SPAN = 28;
/** days a reference may lie after the latest anchored date */
const MAX_REFERENCE_SHIFT_DAYS = 6;

const YEAR_AFTER = '(?![\\s,]*\\d)';
/** "Thursday (12 October)", "Thursday, 12 October", "Thursday 12 Oct." */
const WEEKDAY_DAY_MONTH = new RegExp(`\\b${WEEKDAY}[\\s,(]+${DAY}\\s+${MONTH}\\)?${YEAR_AFTER}`, 'g');
/** "Thursday, October 12" */
const WEEKDAY_MONTH_DAY = new RegExp(`\\b${WEEKDAY}[\\s,(]+${MONTH}\\s+${DAY}\\b\\)?${YEAR_AFTER}`, 'g');
/** "12 October 2017", "October 12, 2017", "2017-10-12" */
const FULL_DATES = [
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'g'), day: 1, month: 2, year: 3, numeric: false },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+((?:19|20)\\d\\d)\\b`, 'g'), day: 2, month: 1, year: 3, numeric: false },
  { re: /\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/g, day: 3, month: 2, year: 1, numeric: true },
] as const;
const YEAR_MENTION = /\b(?:in|since|during|by|until|from|of|early|late|mid|summer|spring|autumn|fall|winter)[\s-]+((?:19|20)\d\d)\b/gi;
const BARE_WEEKDAY = new RegExp(`(?<!\\b(?:next|coming|this)\\s)\\b${WEEKDAY}\\b`, 'g');

/**
 * The reference day of an article: its publication date, else inferred from the text, else null.
 * @example articleReference(null, 'On Thursday (12 October), in 2014 …')?.date // '2017-10-12'
 */
export function articleReference(publicationDate: string | null, text: string): DateReference | null {
  if (publicationDate !== null && /^\d{4}-\d{2}-\d{2}$/.test(publicationDate)) {
    return { date: publicationDate, inferred: false };
  }
  const inferred = inferReference(text);
  return inferred === null ? null : { date: inferred, inferred: true };
}

/**
 * Infers a reference day from the text alone (see the module comment), or null when nothing anchors it.
 * @example inferReference('fled on Thursday (12 October) … in 2014 … said Saturday') // '2017-10-14'
 */
export function inferReference(text: string): string | null {
  const latestYear = latestMentionedYear(text);
  const anchors = [...fullDates(text), ...weekdayDates(text, latestYear)];
  if (anchors.length === 0) return null;
  const anchor = anchors.reduce((a, b) => (dayToMs(a.day) >= dayToMs(b.day) ? a : b));
  const covered = anchors.map((a) => [a.start, a.end] as const);
  const bareWeekdays = [...text.matchAll(BARE_WEEKDAY)]
    .filter((m) => !covered.some(([s, e]) => m.index >= s && m.index < e))
    .map((m) => weekdayNumber(m[1] ?? ''))
    .filter((w): w is number => w !== null);
  let best = { day: anchor.day, fits: -1 };
  for (let shift = 0; shift <= MAX_REFERENCE_SHIFT_DAYS; shift += 1) {
    const candidate = addDays(anchor.day, shift);
    const fits = bareWeekdays.filter((w) => weekdayOnOrBefore(candidate, w) >= anchor.day).length;
    if (fits > best.fits) best = { day: candidate, fits };
  }
  return best.day;
}

/** The latest year the text places in the past ("in 2014", "since 2011"), or null. */
export function latestMentionedYear(text: string): number | null {
  const years = [...text.matchAll(YEAR_MENTION)].map((m) => Number(m[1]));
  const full = fullDates(text).map((a) => Number(a.day.slice(0, 4)));
  const all = [...years, ...full];
  return all.length === 0 ? null : Math.max(...all);
}

/** The first year ≥ `notBefore` in which day/month falls on `weekday`, or null. */
export function yearForWeekday(weekday: number, month: number, day: number, notBefore: number): number | null {
  for (let year = notBefore; year < notBefore + YEAR_SEARCH_SPAN; year += 1) {
    if (isValidDay(year, month, day) && weekdayOf(year, month, day) === weekday) return year;
  }
  return null;
}

interface Anchor {
  day: string;
  start: number;
  end: number;
}

function fullDates(text: string): Anchor[] {
  const out: Anchor[] = [];
  for (const { re, day, month, year, numeric } of FULL_DATES) {
    for (const m of text.matchAll(re)) {
      const mo = numeric ? Number(m[month]) : monthNumber(m[month] ?? '');
      const y = Number(m[year]);
      const d = Number(m[day]);
      if (mo !== null && isValidDay(y, mo, d)) out.push({ day: isoDay(y, mo, d), start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

function weekdayDates(text: string, latestYear: number | null): Anchor[] {
  if (latestYear === null) return [];
  const out: Anchor[] = [];
  for (const [re, dayGroup, monthGroup] of [
    [WEEKDAY_DAY_MONTH, 2, 3],
    [WEEKDAY_MONTH_DAY, 3, 2],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const weekday = weekdayNumber(m[1] ?? '');
      const month = monthNumber(m[monthGroup] ?? '');
      const day = Number(m[dayGroup]);
      if (weekday === null || month === null) continue;
      const year = yearForWeekday(weekday, month, day, latestYear);
      if (year !== null) out.push({ day: isoDay(year, month, day), start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
