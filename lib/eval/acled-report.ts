/** Renders the ACLED evaluation for the terminal (summary, breakdowns, one line per miss) and as JSON. */
import { TOLERANCE_KM } from './acled-match';
import { TOWN_RADIUS_KM } from './acled-score';
import { MISS_CAUSES, type AcledGroup, type AcledResult, type AcledTally, type ChosenPlace, type NoteResult } from './acled-types';
import type { RunInfo } from './report';

/** Shares of an `AcledTally`, each 0–1 (null when its population is empty); `eventsPerNote` is a mean. */
export interface AcledRates {
  anyEvent: number | null;
  located: number | null;
  locatedActor: number | null;
  locatedActor1: number | null;
  locatedType: number | null;
  locatedSubType: number | null;
  locatedDate: number | null;
  /** over the notes that state the coded toll */
  locatedFatalities: number | null;
  eventsPerNote: number | null;
  /** over the geo_precision-1 notes */
  townFound: number | null;
}

/** How many groups of the country breakdown the summary shows without --verbose. */
const TOP_COUNTRIES = 15;
/** width of the summary's first column, characters */
const LABEL_WIDTH = 13;
const MS_PER_S = 1000;
const PERCENT = 100;

/**
 * The rates of a tally.
 * @example ratesOf(result.totals).located // 0.26
 */
export function ratesOf(t: AcledTally): AcledRates {
  return {
    anyEvent: share(t.withEvent, t.notes),
    located: share(t.located, t.notes),
    locatedActor: share(t.locatedActor, t.notes),
    locatedActor1: share(t.locatedActor1, t.notes),
    locatedType: share(t.locatedType, t.notes),
    locatedSubType: share(t.locatedSubType, t.notes),
    locatedDate: share(t.locatedDate, t.notes),
    locatedFatalities: share(t.locatedFatalities, t.fatalitiesStated),
    eventsPerNote: share(t.events, t.notes),
    townFound: share(t.townFound, t.townNotes),
  };
}

/**
 * The totals as aligned lines, then the breakdowns by coded event type and by country (all countries when `allCountries`).
 * @example formatAcledSummary(result, info, false).startsWith('corpus') // true
 */
export function formatAcledSummary(result: AcledResult, info: RunInfo, allCountries: boolean): string {
  const t = result.totals;
  const r = ratesOf(t);
  const seconds = info.pipelineMs / MS_PER_S;
  const byPrecision = ([1, 2, 3] as const).map((p) => result.perNote.filter((n) => n.geoPrecision === p).length);
  const m = t.misses;
  const countries = allCountries ? result.byCountry : result.byCountry.slice(0, TOP_COUNTRIES);
  const countWidth = String(t.notes).length;
  const measure = (label: string, rate: number | null, count: number, text: string) =>
    `${label.padEnd(LABEL_WIDTH)}${pct(rate)}  ${String(count).padStart(countWidth)} ${text}`;
  const countryTitle = allCountries
    ? `by country (${result.byCountry.length})`
    : `by country (${countries.length} largest of ${result.byCountry.length}; --verbose lists all)`;
  return [
    `corpus       acled ${info.corpusPath}: ${t.notes} notes in ${result.byCountry.length} countries (geo_precision 1/2/3: ${byPrecision.join('/')})`,
    measure('any event', r.anyEvent, t.withEvent, `notes; ${fix(r.eventsPerNote, 2)} events per note (${t.events} events; beyond one a note, noise)`),
    measure('located', r.located, t.located, `notes with an event within ${TOLERANCE_KM[1]} / ${TOLERANCE_KM[2]} / ${TOLERANCE_KM[3]} km of the coded point (geo_precision 1 / 2 / 3)`),
    measure('  +actor', r.locatedActor, t.locatedActor, "with the coded actor1 or actor2 among a located event's actors"),
    measure('  +actor1', r.locatedActor1, t.locatedActor1, "with the coded actor1 as a located event's first actor"),
    measure('  +type', r.locatedType, t.locatedType, 'with the coded event type'),
    measure('  +sub-type', r.locatedSubType, t.locatedSubType, 'with the coded sub-event type'),
    measure('  +date', r.locatedDate, t.locatedDate, 'with the coded day, at day precision'),
    measure('  +fatalities', r.locatedFatalities, t.locatedFatalities, `of ${t.fatalitiesStated} notes that state the coded toll, with that toll`),
    measure('town found', r.townFound, t.townFound, `of ${t.townNotes} geo_precision-1 notes with a resolved mention within ${TOWN_RADIUS_KM} km`),
    `misses       ${t.notes - t.located} notes not located: no event ${m['no event']} (the place was found in ${t.noEventPlaceFound}), other place chosen ${m['other place chosen']}, far namesake ${m['far namesake']}, place not found ${m['place not found']}`,
    `speed        ${fix(t.notes / seconds, 1)} notes/s (${t.notes} notes in ${fix(seconds, 2)} s of pipeline time); gazetteer load ${fix(info.loadMs / MS_PER_S, 2)} s`,
    ...(info.pipelineErrors > 0 ? [`WARNING      the pipeline threw on ${info.pipelineErrors} notes (scored as finding nothing)`] : []),
    '',
    ...breakdown('by coded event type', result.byEventType),
    '',
    ...breakdown(countryTitle, countries),
  ].join('\n');
}

/**
 * One line per note not located: id, cause, the coded place and what the pipeline chose. Columns are separated by
 * two spaces and the cause is the second, so `grep`, `sort` and `cut` can group the misses.
 * @example formatAcledMisses(result).split('\n')[0] // 'KEN9001  no event  coded Mombasa, Kenya (p1, 30 km) | …'
 */
export function formatAcledMisses(result: AcledResult): string {
  const misses = result.perNote.filter((n) => n.miss !== null);
  const idWidth = Math.max(0, ...misses.map((n) => n.id.length));
  const causeWidth = Math.max(...MISS_CAUSES.map((c) => c.length));
  return misses.map((n) => `${n.id.padEnd(idWidth)}  ${(n.miss?.cause ?? '').padEnd(causeWidth)}  ${coded(n)} | ${chosen(n)}`).join('\n');
}

/**
 * Totals, breakdowns and timing as one JSON document (every note's verdict too when `withNotes`).
 * @example JSON.parse(formatAcledJson(result, info, false)).rates.located // 0.26
 */
export function formatAcledJson(result: AcledResult, info: RunInfo, withNotes: boolean): string {
  const group = (g: AcledGroup) => ({ key: g.key, ...g.tally, rates: ratesOf(g.tally) });
  const doc = {
    corpus: info.corpusPath,
    schema: 'acled',
    rules: { toleranceKm: TOLERANCE_KM, townRadiusKm: TOWN_RADIUS_KM },
    totals: result.totals,
    rates: ratesOf(result.totals),
    byEventType: result.byEventType.map(group),
    byCountry: result.byCountry.map(group),
    timing: {
      gazetteerLoadMs: Math.round(info.loadMs),
      pipelineMs: Math.round(info.pipelineMs),
      notesPerSecond: info.pipelineMs > 0 ? (result.totals.notes * MS_PER_S) / info.pipelineMs : null,
    },
    pipelineErrors: info.pipelineErrors,
    ...(withNotes ? { notes: result.perNote } : {}),
  };
  return JSON.stringify(doc, null, 2);
}

// ---------------------------------------------------------------------------------------------------------------

/** the breakdown tables' columns: label and the rate shown */
const COLUMNS: ReadonlyArray<readonly [string, (r: AcledRates) => string]> = [
  ['event', (r) => pct(r.anyEvent)],
  ['located', (r) => pct(r.located)],
  ['+actor', (r) => pct(r.locatedActor)],
  ['+type', (r) => pct(r.locatedType)],
  ['+sub', (r) => pct(r.locatedSubType)],
  ['+date', (r) => pct(r.locatedDate)],
  ['ev/note', (r) => fix(r.eventsPerNote, 2)],
];
const KEY_WIDTH = 34; // characters
const CELL_WIDTH = 8; // characters

/** A title line, a line of column labels, then one line per group. */
function breakdown(title: string, groups: readonly AcledGroup[]): string[] {
  const head = `${''.padEnd(KEY_WIDTH)} ${'notes'.padStart(CELL_WIDTH)}${COLUMNS.map(([label]) => label.padStart(CELL_WIDTH)).join('')}`;
  const rows = groups.map((g) => {
    const rates = ratesOf(g.tally);
    return `  ${g.key.slice(0, KEY_WIDTH - 2).padEnd(KEY_WIDTH - 2)} ${String(g.tally.notes).padStart(CELL_WIDTH)}${COLUMNS.map(([, cell]) => cell(rates).padStart(CELL_WIDTH)).join('')}`;
  });
  return [title, head, ...rows];
}

function coded(n: NoteResult): string {
  return `coded ${n.location || '(no location)'}, ${n.country} (p${n.geoPrecision}, ${n.toleranceKm} km) ${point(n.coordinates)}`;
}

function chosen(n: NoteResult): string {
  const miss = n.miss;
  if (miss === null) return '';
  const parts = [`event: ${place(miss.nearestEvent)}`, `nearest mention: ${place(miss.nearestMention)}`];
  if (miss.namesake !== null) parts.push(`namesake: ${place(miss.namesake)}`);
  return parts.join('; ');
}

function place(p: ChosenPlace | null): string {
  return p === null ? 'none' : `"${p.text}" → ${p.label} ${p.km.toFixed(1)} km`;
}

function point(c: readonly [number, number]): string {
  return `[${c[0].toFixed(3)}, ${c[1].toFixed(3)}]`;
}

function share(n: number, total: number): number | null {
  return total === 0 ? null : n / total;
}

function pct(value: number | null): string {
  return value === null ? '  n/a' : `${(PERCENT * value).toFixed(1)}%`.padStart(6);
}

function fix(value: number | null, digits: number): string {
  return value === null || !Number.isFinite(value) ? 'n/a' : value.toFixed(digits);
}
