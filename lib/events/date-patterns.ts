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

/** A written calendar date; `year` is null when the text gives none. */
export interface WrittenDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
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
  for (const m of text.matchAll(DAY_MONTH)) {
    push(m.index, m.index + m[0].length, m[3] === undefined ? null : Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    push(m.index, m.index + m[0].length, m[3] === undefined ? null : Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  }
  return out.toSorted((a, b) => a.start - b.start);
}

/** `YYYY-MM-DD` of a written date whose year is known. */
export function writtenDay(d: WrittenDate & { year: number }): string {
  return isoDay(d.year, d.month, d.day);
}
