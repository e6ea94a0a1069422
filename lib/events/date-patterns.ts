/**
 * Regular-expression pieces for written English dates, shared by the reference inference and the sentence date
 * reader. Groups: WEEKDAY and MONTH capture the name, DAY the number.
 */
import { isValidDay, isoDay, monthNumber } from './calendar';

export const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';

/** "12 October", "12 Oct. 2017" */
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?(?![A-Za-z\\d])`, 'g');
/** "October 12", "Oct 12, 2017" */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![A-Za-z\\d])`, 'g');
/** "2017-10-12" */
const ISO = /\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/g;
/** "2 - 4 May", "6-7 May 2020", "27 to 29 April": a period of days, read as its first day */
const DAY_RANGE = new RegExp(`\\b${DAY}\\s*(?:-|\u2013|to|until|till)\\s*${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?(?![A-Za-z\\d])`, 'g');
/** between a period's first date and its last: "27 April - 4 May", "27 April to 4 May" */
const RANGE_GAP = /^\s*(?:-|\u2013|to|until|till)\s*$/;
/** a bracket opened right after a date: "30 April 2020 (between", "2 May 2020 (from" */
const DETAIL_GAP = /^\s*\(\s*(?:from|between|or|ca\.?|circa)?\s*$/i;

/** A written calendar date; `year` is null when the text gives none. */
export interface WrittenDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** the last day of a period, or a period detailing the date before it: no date of the event's own */
  secondary?: true;
}

/**
 * Every written day-and-month date in `text` ("12 October", "October 12, 2017", "2017-10-12").
 * @example writtenDates('on 12 October 2017')[0] // { start: 3, end: 18, year: 2017, month: 10, day: 12 }
 */
export function writtenDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  const push = (start: number, end: number, year: number | null, month: number | null, day: number): void => {
    if (month === null || !isValidDay(year ?? 2000, month, day)) return;
    if (out.some((d) => start < d.end && d.start < end)) return;
    out.push({ start, end, year, month, day });
  };
  for (const m of text.matchAll(ISO)) push(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(DAY_RANGE)) {
    push(m.index, m.index + m[0].length, m[4] === undefined ? null : Number(m[4]), monthNumber(m[3] ?? ''), Number(m[1]));
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    push(m.index, m.index + m[0].length, m[3] === undefined ? null : Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    push(m.index, m.index + m[0].length, m[3] === undefined ? null : Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  }
  // "between 27 April - 4 May": the period's last day is no date of its own; the event is dated by its first.
  // "Around 30 April 2020 (between 27 April …)": a period in brackets after a date details that date, which stands
  const sorted = out.toSorted((a, b) => a.start - b.start);
  return sorted.map((d, i) => {
    const gap = i === 0 ? null : text.slice((sorted[i - 1] as WrittenDate).end, d.start);
    return gap !== null && (RANGE_GAP.test(gap) || DETAIL_GAP.test(gap)) ? { ...d, secondary: true } : d;
  });
}

/** `YYYY-MM-DD` of a written date whose year is known. */
export function writtenDay(d: WrittenDate & { year: number }): string {
  return isoDay(d.year, d.month, d.day);
}
