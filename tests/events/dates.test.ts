import { describe, expect, it } from 'vitest';
import { dateNear, findDates, mayContainDate } from '@/lib/events/dates';
import { articleReference, inferReference, yearForWeekday } from '@/lib/events/reference';
import { SEED_TEXT } from './seed-fixture';

const published = (date: string) => ({ date, inferred: false });
const first = (text: string, ref: string | null, previous: string | null = null) =>
  findDates(text, ref === null ? null : published(ref), previous === null ? null : { date: previous, precision: 'day' })[0]
    ?.date ?? null;

describe('reference day', () => {
  it('is the publication date when the article has one', () => {
    expect(articleReference('2024-06-25', 'On Thursday (12 October) …')).toEqual({ date: '2024-06-25', inferred: false });
  });

  it('finds the year in which 12 October is a Thursday, not before a year the text puts in the past', () => {
    expect(yearForWeekday(4, 10, 12, 2014)).toBe(2017);
  });

  it('infers the seed article reference so that 12 October is 2017 and "Saturday" lies after it', () => {
    const reference = inferReference(SEED_TEXT);
    expect(reference).not.toBeNull();
    expect(reference! >= '2017-10-14' && reference! <= '2017-10-18').toBe(true);
  });

  it('infers nothing from a text without an anchored date', () => {
    expect(inferReference('Fighting continued on Monday, officials said.')).toBeNull();
  });

  it('takes a full written date as the anchor', () => {
    expect(inferReference('Shelling hit Donetsk on 21 January 2023.')).toBe('2023-01-21');
  });
});

describe('sentence dates', () => {
  it('resolves "Thursday (12 October)" to one day', () => {
    const dates = findDates('Civilians who fled Raqqa on Thursday (12 October) said so.', published('2017-10-16'), null);
    expect(dates.map((d) => d.date)).toEqual([{ date: '2017-10-12', precision: 'day' }]);
  });

  it('points a bare weekday to the past of the reference (chrono alone would pick the next one)', () => {
    expect(first('the Syrian military said Saturday.', '2017-10-16')).toEqual({ date: '2017-10-14', precision: 'day' });
    expect(first('Fighting resumed on Monday.', '2024-06-26')).toEqual({ date: '2024-06-24', precision: 'day' });
  });

  it('lets a weekday name the reference day itself', () => {
    expect(first('Police fired tear gas on Tuesday.', '2024-06-25')).toEqual({ date: '2024-06-25', precision: 'day' });
  });

  it('keeps "next Monday" in the future', () => {
    expect(first('Talks resume next Monday.', '2024-06-25')).toEqual({ date: '2024-07-01', precision: 'day' });
  });

  it('reads "in June" as a month in the past of the reference', () => {
    expect(first('coalition troops first attacked the city in June', '2017-10-16')).toEqual({
      date: '2017-06',
      precision: 'month',
    });
    expect(first('the siege began in November', '2017-10-16')).toEqual({ date: '2016-11', precision: 'month' });
  });

  it('reads "in 2014" as a year', () => {
    expect(first('a string of lightning victories in 2014', '2017-10-16')).toEqual({ date: '2014', precision: 'year' });
  });

  it('counts "a day earlier" from the previous date in the text', () => {
    expect(first('A day earlier, a convoy left.', '2017-10-16', '2017-10-12')).toEqual({
      date: '2017-10-11',
      precision: 'day',
    });
  });

  it('counts "a day earlier" from the reference when no date precedes', () => {
    expect(first('A day earlier, a convoy left.', '2017-10-16')).toEqual({ date: '2017-10-15', precision: 'day' });
  });

  it('puts a day and month without a year in the latest year not after the reference', () => {
    expect(first('Fighting broke out on 28 December.', '2018-01-05')).toEqual({ date: '2017-12-28', precision: 'day' });
  });

  it('resolves only absolute dates without a reference', () => {
    expect(first('They fled on Thursday.', null)).toBeNull();
    expect(first('Police arrested 40 people on 3 March 2020.', null)).toEqual({ date: '2020-03-03', precision: 'day' });
  });

  it('leaves "today", "yesterday" and "last year" unresolved without a reference, never counted from 1970', () => {
    expect(findDates('Protesters gathered today and yesterday, as they did last year.', null, null)).toEqual([]);
    expect(first('Troops withdrew last week.', null)).toBeNull();
  });

  it('reads "yesterday" and "three days ago" against the reference', () => {
    expect(first('Gunmen attacked the village yesterday.', '2024-06-25')).toEqual({ date: '2024-06-24', precision: 'day' });
    expect(first('Gunmen attacked the village three days ago.', '2024-06-25')).toEqual({
      date: '2024-06-22',
      precision: 'day',
    });
  });

  it('reads a month with its year, and a month after "mid-"', () => {
    expect(first('He was unseated in October 2007 from his first term.', '2009-03-20')).toEqual({
      date: '2007-10',
      precision: 'month',
    });
    expect(first('The road stays closed through mid-April.', '2009-03-20')).toEqual({ date: '2008-04', precision: 'month' });
  });

  it('reads "last year", "this month" and "two weeks ago" as periods from the reference', () => {
    expect(first('Fighting there began last year.', '2017-10-16')).toEqual({ date: '2016', precision: 'year' });
    expect(first('Clashes flared this month.', '2017-10-16')).toEqual({ date: '2017-10', precision: 'month' });
    expect(first('Rebels took the town two weeks ago.', '2017-10-16')).toEqual({ date: '2017-10', precision: 'month' });
  });

  it('reads "last night" as the day before the reference', () => {
    expect(first('The former agent died last night in hospital.', '2006-11-01')).toEqual({ date: '2006-10-31', precision: 'day' });
  });

  it('reads "last Friday" as the Friday before the reference day, even when the reference is a Friday', () => {
    expect(first('Officials dismissed the claims last Friday.', '2006-12-15')).toEqual({ date: '2006-12-08', precision: 'day' });
    expect(first('Officials dismissed the claims last Friday.', '2006-12-18')).toEqual({ date: '2006-12-15', precision: 'day' });
  });

  it('lets "past Friday" name the reference day itself and "this Friday" the next one on or after it', () => {
    expect(first('Rebels shelled the town this past Friday.', '2006-12-15')).toEqual({ date: '2006-12-15', precision: 'day' });
    expect(first('Rebels will march this Friday.', '2006-12-13')).toEqual({ date: '2006-12-15', precision: 'day' });
  });

  it('reads "last May" and "this past September" as the latest such month not after the reference', () => {
    expect(first('He fled the area last May before police raided his homes.', '2009-03-30')).toEqual({
      date: '2008-05',
      precision: 'month',
    });
    expect(first('A man arrested this past September was indicted.', '2008-12-19')).toEqual({
      date: '2008-09',
      precision: 'month',
    });
  });

  it('reads vague counts: "a few months ago" as a month, "several years ago" as a year, "a few days ago" as a month', () => {
    expect(first('They met on a fishing trip a few months ago.', '2009-12-31')).toEqual({ date: '2009-09', precision: 'month' });
    expect(first('Several years ago, he thought about leaving.', '1946-07-27')).toEqual({ date: '1939', precision: 'year' });
    expect(first('Troops arrived a few days ago.', '2024-06-02')).toEqual({ date: '2024-05', precision: 'month' });
  });

  it('counts "N hours ago" back from noon of the reference day', () => {
    expect(first('The blast came two hours ago.', '2024-06-25')).toEqual({ date: '2024-06-25', precision: 'day' });
    expect(first('The blast came 36 hours ago.', '2024-06-25')).toEqual({ date: '2024-06-24', precision: 'day' });
  });

  it('reads a numeric date month first, unless the first number cannot be a month', () => {
    expect(first('SCAN DATE: 3/4/2009 CREDIT: staff', '2009-05-01')).toEqual({ date: '2009-03-04', precision: 'day' });
    expect(first('filed on 20/3/09 in court', '2009-05-01')).toEqual({ date: '2009-03-20', precision: 'day' });
  });

  it('finds no date in an "ago" without a time unit', () => {
    expect(findDates('The mill was dismantled long ago.', published('1973-08-12'), null)).toEqual([]);
  });

  it('does not read the modal "May" as a month', () => {
    expect(first('May the talks succeed, he said.', '2017-10-16')).toBeNull();
  });

  it('skips date parsing for sentences with no date-like word', () => {
    expect(mayContainDate('The SDF is now poised to end the rule of the group.')).toBe(false);
    expect(mayContainDate('They left on Thursday.')).toBe(true);
  });

  it('picks the date nearest to the trigger, the most precise first', () => {
    const dates = findDates('After victories in 2014, rebels seized the town on Monday.', published('2017-10-16'), null);
    expect(dateNear(dates, 'After victories in 2014, rebels '.length)).toEqual({ date: '2017-10-16', precision: 'day' });
  });
});

describe('dates that name places', () => {
  it('reads "the 7 July and Engineering College areas" and "July 7 neighbourhood" as places, not dates', () => {
    expect(first('Forces fired at 7 July and Engineering College areas of Hudaydah city.', '2020-05-02')).toBeNull();
    expect(first('Forces fired at Ad Dubyani area of July 7 neighbourhood in Hodeidah.', '2020-05-02')).toBeNull();
    expect(first('Protesters gathered on 26 September Street in Sanaa.', '2020-05-02')).toBeNull();
  });

  it('keeps a date before a comma, or after "on" before a lowercase noun', () => {
    expect(first('On 7 July, district officials met.', '2020-08-02')?.date).toBe('2020-07-07');
    expect(first('On 3 July school teachers protested.', '2020-08-02')?.date).toBe('2020-07-03');
  });
});

describe('periods of days', () => {
  const all = (text: string) => findDates(text, published('2021-06-20'), null).map((m) => m.date.date);

  it('dates "from 12 - 14 June" by its first day', () => {
    expect(all('Traders blocked the market from 12 - 14 June.')).toEqual(['2021-06-12']);
  });

  it('keeps no date for the last day of "between 28 May - 3 June"', () => {
    expect(all('Workers stayed away between 28 May - 3 June.')).toEqual(['2021-05-28']);
  });

  it('lets a bracketed period detail the date before it: "Around 14 June 2021 (from 12 - 15 June)"', () => {
    expect(all('Around 14 June 2021 (from 12 - 15 June), residents protested.')).toEqual(['2021-06-14']);
  });

  it('still reads two dates joined by "and" as two days', () => {
    expect(all('Crowds gathered on 12 June and 14 June.')).toEqual(['2021-06-12', '2021-06-14']);
  });
});
