import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '@/lib/eval/csv';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('splits records on LF and CRLF and fields on commas, keeping empty fields', () => {
    expect(fields('a,b,c\r\n1,,3\n4,5,\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['4', '5', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(fields('id,note\n1,"He said ""stop"", then left."\n2,"two\nlines"\n')).toEqual([
      ['id', 'note'],
      ['1', 'He said "stop", then left.'],
      ['2', 'two\nlines'],
    ]);
  });

  it('numbers each record by the line it starts on, past quoted line breaks', () => {
    expect(parseCsv('h\n"a\nb\nc"\nd\n').map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('drops a leading byte-order mark', () => {
    expect(fields('\uFEFFevent_id_cnty,notes\nX1,n\n')[0]).toEqual(['event_id_cnty', 'notes']);
  });

  it('skips empty lines and reads a last record without a line break', () => {
    expect(fields('a\n\n\nb')).toEqual([['a'], ['b']]);
  });

  it('keeps a lone carriage return inside a field', () => {
    expect(fields('a\rb,c\n')).toEqual([['a\rb', 'c']]);
  });

  it('refuses a quoted field that is never closed, naming the line it opened on', () => {
    expect(() => parseCsv('id,note\n1,ok\n2,"no end\nstill open\n')).toThrow(
      new CsvError('line 3: unbalanced quotes: a quoted field opened here is never closed'),
    );
  });

  it('refuses a quote inside an unquoted field', () => {
    expect(() => parseCsv('a,b\n1,say "hi"\n')).toThrow('line 2: a quote inside an unquoted field ("say "hi"")');
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseCsv('a,b\n1,"x"y,2\n')).toThrow('line 2: text after a closing quote ("y,2")');
  });
});
