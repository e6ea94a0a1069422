/**
 * CSV export with ACLED's column names. RFC 4180 quoting; text cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) are prefixed with an apostrophe (OWASP's CSV-injection advice).
 */
import type { ArticleMeta } from '../geojson/schema';
import type { ExplorerActor, ExplorerEvent } from '../explorer-data/types';

export const ACLED_COLUMNS = [
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
] as const;

const LINE_BREAK = '\r\n'; // RFC 4180
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The events as an ACLED-style CSV document (header row first).
 * @example eventsToCsv(events, actors, articles).split('\r\n')[0] // 'event_date,event_type,…,notes'
 */
export function eventsToCsv(
  events: readonly ExplorerEvent[],
  actors: readonly ExplorerActor[],
  articles: readonly ArticleMeta[],
): string {
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const articleSource = new Map(articles.map((a) => [a.id, a.source ?? a.title ?? a.id]));
  const rows = events.map((event) => {
    const [actor1, actor2] = event.actorIds;
    return [
      textCell(event.date ?? ''),
      textCell(event.eventType),
      textCell(event.subEventType ?? ''),
      textCell(actor1 === undefined ? '' : (actorName.get(actor1) ?? actor1)),
      textCell(actor2 === undefined ? '' : (actorName.get(actor2) ?? actor2)),
      textCell(event.placeName),
      numberCell(event.lngLat[1]),
      numberCell(event.lngLat[0]),
      numberCell(event.precision),
      textCell(articleSource.get(event.article) ?? event.article),
      textCell(event.sentence),
    ].join(',');
  });
  return [ACLED_COLUMNS.join(','), ...rows].join(LINE_BREAK) + LINE_BREAK;
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

/** A numeric cell, written as a plain number (a negative longitude is data, not a formula). */
function numberCell(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Unexpected number: ${value}`);
  return String(value);
}
