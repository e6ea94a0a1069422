import { describe, expect, it } from 'vitest';
import { looksLikeCsv, noteArticle, readAcledCsv } from '@/lib/eval/acled-corpus';
import { CorpusError } from '@/lib/eval/corpus';
import { miniNotes } from './acled-fake';

const HEADER =
  'event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,geo_precision,fatalities,notes';
const ROW = 'KEN1,2020-04-14,Protests,Peaceful protest,Protesters (Kenya),,Kenya,Mombasa,-4.0435,39.6682,1,0,"Traders protested in Mombasa."';
/** The ROW with one column's value replaced. */
const rowWith = (column: string, value: string) => {
  const names = HEADER.split(',');
  const values = ROW.replace(/,"[^"]*"$/, '').split(',');
  values[names.indexOf(column)] = value;
  return `${HEADER}\n${values.join(',')},"A note."\n`;
};

describe('readAcledCsv', () => {
  it('reads every row of an ACLED export, coordinates as [lng, lat]', () => {
    const notes = miniNotes();
    expect(notes.map((n) => n.id)).toEqual(['KEN9001', 'NGA9002', 'UKR9003', 'LBN9004', 'MEX9005', 'BRA9006', 'YEM9007']);
    expect(notes[0]).toMatchObject({
      id: 'KEN9001',
      line: 2,
      date: '2020-04-14',
      eventType: 'Protests',
      subEventType: 'Protest with intervention',
      actor1: 'Protesters (Kenya)',
      actor2: 'Police Forces of Kenya (2013-)',
      country: 'Kenya',
      location: 'Mombasa',
      coordinates: [39.6682, -4.0435],
      geoPrecision: 1,
      fatalities: 0,
      source: 'Invented Daily',
    });
    expect(notes[3]?.notes).toContain('protesting the "dollar crisis" and');
  });

  it('accepts the columns in any order, extra columns, a byte-order mark and CRLF', () => {
    const text = '\uFEFFnotes,extra,fatalities,geo_precision,longitude,latitude,location,country,actor2,actor1,sub_event_type,event_type,event_date,event_id_cnty\r\n"A note, with a comma.",x,2,3,39.6682,-4.0435,Coast,Kenya,,Rioters (Kenya),Mob violence,Riots,2020-04-14,KEN2\r\n';
    expect(readAcledCsv(text)).toEqual([
      expect.objectContaining({ id: 'KEN2', notes: 'A note, with a comma.', fatalities: 2, geoPrecision: 3, coordinates: [39.6682, -4.0435], source: null }),
    ]);
  });

  it('names a row without an event id after its line', () => {
    expect(readAcledCsv(rowWith('event_id_cnty', ''))[0]?.id).toBe('line-2');
  });

  it('refuses a file whose header lacks the columns the scorer needs', () => {
    expect(() => readAcledCsv('name,lat,lon\nA,1,2\n')).toThrow(
      new CorpusError('not an ACLED CSV export: the header lacks columns event_id_cnty, event_date, event_type, sub_event_type, actor1, actor2, country, location, latitude, longitude, geo_precision, fatalities, notes'),
    );
    expect(() => readAcledCsv(`${HEADER.replace(',latitude', '')}\n`)).toThrow('an ACLED CSV export without column latitude');
  });

  it.each([
    ['latitude', 'north', 'line 2 (KEN1): latitude "north": expected decimal degrees'],
    ['latitude', '95.5', 'line 2 (KEN1): latitude "95.5": expected decimal degrees within ±90'],
    ['longitude', '', 'line 2 (KEN1): longitude "": expected decimal degrees'],
    ['geo_precision', '4', 'line 2 (KEN1): geo_precision "4": expected 1, 2 or 3'],
    ['fatalities', '-1', 'line 2 (KEN1): fatalities "-1": expected a whole number'],
    ['fatalities', 'two', 'line 2 (KEN1): fatalities "two": expected a whole number'],
    ['event_date', '14/04/2020', 'line 2 (KEN1): event_date "14/04/2020": expected a date YYYY-MM-DD'],
  ])('refuses a bad %s (%j) with the line, the row and the value', (column, value, message) => {
    expect(() => readAcledCsv(rowWith(column, value))).toThrow(new CorpusError(message));
  });

  it('refuses unbalanced quotes, a short row, two rows with one id and a file with no rows', () => {
    expect(() => readAcledCsv(`${HEADER}\n${ROW.slice(0, -1)}\n`)).toThrow('not well-formed CSV: line 2: unbalanced quotes');
    expect(() => readAcledCsv(`${HEADER}\nKEN1,2020-04-14\n`)).toThrow('line 2: 2 fields where the header has 13');
    expect(() => readAcledCsv(`${HEADER}\n${ROW}\n${ROW}\n`)).toThrow('line 3: event_id_cnty KEN1 repeats the row of line 2');
    expect(() => readAcledCsv(`${HEADER}\n`)).toThrow('no rows after the ACLED header');
    expect(() => readAcledCsv('')).toThrow('empty file');
  });
});

describe('noteArticle', () => {
  it('makes the whole note the body of an article dated on the coded day, with no headline', () => {
    const note = miniNotes()[0];
    if (note === undefined) throw new Error('no note');
    expect(noteArticle(note)).toEqual({
      id: 'KEN9001',
      text: note.notes,
      title: null,
      date: '2020-04-14',
      source: 'Invented Daily',
      bodyStart: 0,
      titleStart: null,
    });
  });
});

describe('looksLikeCsv', () => {
  it('tells a CSV export from an XML corpus by the first character', () => {
    expect(looksLikeCsv('\uFEFFevent_id_cnty,notes\n')).toBe(true);
    expect(looksLikeCsv('  \n<?xml version="1.0"?><articles/>')).toBe(false);
  });
});
