/**
 * CSV export with ACLED's column names and codes: actor1 / assoc_actor_1 / actor2 / assoc_actor_2 from the event's
 * two sides, inter1 / inter2 / interaction, a day in event_date with time_precision, geo_precision, fatalities.
 * RFC 4180 quoting; text cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) are prefixed with an apostrophe (OWASP's CSV-injection advice).
 */
import type { ArticleMeta, DatePrecision } from '../geojson/schema';
import type { ExplorerActor, ExplorerEvent } from '../explorer-data/types';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'country',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

const LINE_BREAK = '\r\n'; // RFC 4180
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
/** ACLED joins associated actors with a semicolon and a space */
const ASSOC_SEPARATOR = '; ';
/** an actor the export was not told about: ACLED's "other" */
const NO_INTER = 8;

/** What the export needs of a place besides the event's own fields. */
export interface CsvPlace {
  countryCode: string | null;
}

/**
 * The events as an ACLED-style CSV document (header row first). `countryName` turns a place's ISO code into the
 * country column (ACLED writes the name); without it the code is written.
 * @example eventsToCsv(events, actors, articles).split('\r\n')[0] // 'event_id_cnty,event_date,…,fatalities'
 */
export function eventsToCsv(
  events: readonly ExplorerEvent[],
  actors: readonly ExplorerActor[],
  articles: readonly ArticleMeta[],
  places: ReadonlyMap<string, CsvPlace> = new Map(),
  countryName: (iso2: string) => string = (iso2) => iso2,
): string {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const articleSource = new Map(articles.map((a) => [a.id, a.source ?? a.title ?? a.id]));
  const rows = events.map((event) => {
    const side1 = event.actorIds.slice(0, event.sideSplit).map((id) => actorById.get(id) ?? unknownActor(id));
    const side2 = event.actorIds.slice(event.sideSplit).map((id) => actorById.get(id) ?? unknownActor(id));
    const [actor1, ...assoc1] = side1;
    const [actor2, ...assoc2] = side2;
    const { date, timePrecision } = acledDate(event.date, event.datePrecision);
    const country = places.get(event.placeId)?.countryCode ?? null;
    return [
      textCell(event.id),
      textCell(date),
      timePrecision === null ? '' : numberCell(timePrecision),
      textCell(event.eventType),
      textCell(event.subEventType ?? ''),
      textCell(actor1?.acledName ?? ''),
      textCell(assoc1.map((a) => a.acledName).join(ASSOC_SEPARATOR)),
      actor1 === undefined ? '' : numberCell(actor1.inter),
      textCell(actor2?.acledName ?? ''),
      textCell(assoc2.map((a) => a.acledName).join(ASSOC_SEPARATOR)),
      actor2 === undefined ? '' : numberCell(actor2.inter),
      actor1 === undefined ? '' : numberCell(interaction(actor1.inter, actor2?.inter ?? null)),
      textCell(country === null ? '' : countryName(country)),
      textCell(event.placeName),
      numberCell(event.lngLat[1]),
      numberCell(event.lngLat[0]),
      numberCell(event.precision),
      textCell(articleSource.get(event.article) ?? event.article),
      textCell(event.sentence),
      event.fatalities === null ? '' : numberCell(event.fatalities),
    ].join(',');
  });
  return [ACLED_COLUMNS.join(','), ...rows].join(LINE_BREAK) + LINE_BREAK;
}

/**
 * ACLED's interaction code: the two inter codes, smaller first; one actor alone is its code followed by 0.
 * @example interaction(7, 1) // 17
 * @example interaction(6, null) // 60
 */
export function interaction(inter1: number, inter2: number | null): number {
  if (inter2 === null) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/**
 * A day for event_date and ACLED's time_precision (1 the day, 2 a week or so, 3 only the month). A date known to
 * the month is written as its 15th, one known to the year as 1 July — the middle, so neither end is favoured.
 * @example acledDate('2020-03', 'month') // { date: '2020-03-15', timePrecision: 3 }
 */
export function acledDate(date: string | null, precision: DatePrecision | null): { date: string; timePrecision: 1 | 2 | 3 | null } {
  if (date === null) return { date: '', timePrecision: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { date, timePrecision: precision === 'day' || precision === null ? 1 : 3 };
  if (/^\d{4}-\d{2}$/.test(date)) return { date: `${date}-15`, timePrecision: 3 };
  if (/^\d{4}$/.test(date)) return { date: `${date}-07-01`, timePrecision: 3 };
  throw new Error(`Unexpected date: ${date}`);
}

/**
 * One text cell: formula-guarded, then quoted when it holds a quote, comma or line break.
 * @example textCell('=1+1') // "'=1+1"
 * @example textCell('a "b", c') // '"a ""b"", c"'
 */
export function textCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function unknownActor(id: string): Pick<ExplorerActor, 'acledName' | 'inter'> {
  return { acledName: id, inter: NO_INTER };
}

/** A numeric cell, written as a plain number (a negative longitude is data, not a formula). */
function numberCell(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Unexpected number: ${value}`);
  return String(value);
}
