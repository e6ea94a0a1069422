/**
 * Reader for ACLED's CSV export, pure: CSV text in, coded notes out. The file is recognised by its header: every
 * column the scorer uses must be there (any order; other columns, such as ACLED's inter codes, admin areas or
 * time_precision, are allowed and ignored). Every value the scorer relies on is checked, and the first bad one
 * stops the read with a one-line reason naming the line, the row and the column. A row without an event id is
 * named `line-<N>` after the line it starts on; two rows with the same id are an error.
 */
import { z } from 'zod';
import { CorpusError } from './corpus';
import { CsvError, parseCsv, type CsvRecord } from './csv';
import type { Article } from '../text/types';
import type { AcledNote, GeoPrecision } from './acled-types';

/** Columns an ACLED export must have for the scorer; `source` is read when present. */
export const REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'notes',
] as const;
const OPTIONAL_COLUMNS = ['source'] as const;

/** The column that marks a CSV file as an ACLED export. */
export const ACLED_MARKER_COLUMN = 'event_id_cnty';

/**
 * true when the text looks like a CSV file rather than XML: the evaluation reads XML gold corpora and ACLED CSV.
 * @example looksLikeCsv('\uFEFFevent_id_cnty,event_date\n') // true
 */
export function looksLikeCsv(text: string): boolean {
  return !text.replace(/^\uFEFF/, '').trimStart().startsWith('<');
}

/**
 * Parses an ACLED CSV export into notes, in file order. Throws `CorpusError` (one line) when the file is not one.
 * @example readAcledCsv(readFileSync('../shared/eval/acled-2020-dev.csv', 'utf8')).length // 4666
 */
export function readAcledCsv(text: string): AcledNote[] {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new CorpusError(`not well-formed CSV: ${error.message}`);
    throw error;
  }
  const [header, ...rows] = records;
  if (header === undefined) throw new CorpusError('empty file: expected an ACLED CSV export with a header line');
  const columns = columnIndex(header.fields);
  if (rows.length === 0) throw new CorpusError('no rows after the ACLED header');
  const seen = new Map<string, number>();
  return rows.map((record) => {
    const note = readRow(record, header.fields.length, columns);
    const earlier = seen.get(note.id);
    if (earlier !== undefined) throw new CorpusError(`line ${record.line}: event_id_cnty ${note.id} repeats the row of line ${earlier}`);
    seen.set(note.id, record.line);
    return note;
  });
}

/**
 * A coded note as the pipeline's `Article`: the note is the whole text and all of it is body (a short note must
 * not become a headline), published on the coded event date.
 * @example noteArticle(note).titleStart // null
 */
export function noteArticle(note: AcledNote): Article {
  return { id: note.id, text: note.notes, title: null, date: note.date, source: note.source, bodyStart: 0, titleStart: null };
}

// ---------------------------------------------------------------------------------------------------------------

type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
type ColumnIndex = ReadonlyMap<Column, number>;

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DECIMAL = /^[-+]?\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;
const MAX_LATITUDE = 90; // degrees
const MAX_LONGITUDE = 180; // degrees

const degrees = (limit: number) =>
  z
    .string()
    .trim()
    .regex(DECIMAL, 'expected decimal degrees')
    .transform(Number)
    .refine((v) => Math.abs(v) <= limit, `expected decimal degrees within ±${limit}`);

/** One row's values, by column name, as they must be. */
const rowSchema = z.object({
  event_id_cnty: z.string().trim(),
  event_date: z.string().trim().regex(ISO_DAY, 'expected a date YYYY-MM-DD'),
  event_type: z.string().trim().min(1, 'expected an event type'),
  sub_event_type: z.string().trim(),
  actor1: z.string().trim(),
  actor2: z.string().trim(),
  country: z.string().trim().min(1, 'expected a country'),
  location: z.string().trim(),
  latitude: degrees(MAX_LATITUDE),
  longitude: degrees(MAX_LONGITUDE),
  geo_precision: z
    .string()
    .trim()
    .regex(/^[123]$/, 'expected 1, 2 or 3')
    .transform((s): GeoPrecision => (s === '1' ? 1 : s === '2' ? 2 : 3)),
  fatalities: z.string().trim().regex(WHOLE, 'expected a whole number').transform(Number),
  notes: z.string(),
  source: z.string().trim().optional(),
});

/** The position of each column the scorer reads; a missing required column is an error naming all of them. */
function columnIndex(names: readonly string[]): ColumnIndex {
  const positions = new Map(names.map((name, i) => [name.trim().toLowerCase(), i] as const));
  const missing = REQUIRED_COLUMNS.filter((c) => !positions.has(c));
  if (missing.length > 0) {
    const what = positions.has(ACLED_MARKER_COLUMN) ? 'an ACLED CSV export without' : 'not an ACLED CSV export: the header lacks';
    throw new CorpusError(`${what} column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  const index = new Map<Column, number>();
  for (const c of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) {
    const at = positions.get(c);
    if (at !== undefined) index.set(c, at);
  }
  return index;
}

function readRow(record: CsvRecord, width: number, columns: ColumnIndex): AcledNote {
  if (record.fields.length !== width) {
    throw new CorpusError(`line ${record.line}: ${record.fields.length} fields where the header has ${width}`);
  }
  const raw = Object.fromEntries([...columns].map(([name, at]) => [name, record.fields[at] ?? '']));
  const parsed = rowSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const column = issue?.path.map(String).join('.') ?? '';
    const id = raw.event_id_cnty?.trim() || '?';
    throw new CorpusError(`line ${record.line} (${id}): ${column} ${JSON.stringify(raw[column] ?? '')}: ${issue?.message ?? 'invalid'}`);
  }
  const r = parsed.data;
  return {
    // ACLED exports do have a row without an id now and then (one in the 2020 dev set): it is named by its line.
    id: r.event_id_cnty === '' ? `line-${record.line}` : r.event_id_cnty,
    line: record.line,
    date: r.event_date,
    eventType: r.event_type,
    subEventType: r.sub_event_type,
    actor1: r.actor1,
    actor2: r.actor2,
    country: r.country,
    location: r.location,
    coordinates: [r.longitude, r.latitude],
    geoPrecision: r.geo_precision,
    fatalities: r.fatalities,
    source: r.source === undefined || r.source === '' ? null : r.source,
    notes: r.notes,
  };
}
