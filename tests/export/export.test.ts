import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, acledDate, eventsToCsv, interaction, textCell } from '@/lib/export/csv';
import { eventsToGeoJson, stringifyGeoJson } from '@/lib/export/geojson';
import { parseEventsText } from '@/lib/explorer-data/load';
import { eventFeatureSchema } from '@/lib/geojson/schema';

const FIXTURE = 'tests/fixtures/explorer/events.geojson';
const result = parseEventsText(readFileSync(FIXTURE, 'utf8'), FIXTURE);
if (!result.ok) throw new Error(result.message);
const data = result.data;

/** A minimal RFC 4180 reader, so the test checks what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it("writes ACLED's column names as the header", () => {
    expect(eventsToCsv([], data.actors, data.articles)).toBe(ACLED_COLUMNS.join(',') + '\r\n');
  });

  it("writes one row per event with ACLED's actor names, sides, inter codes and latitude before longitude", () => {
    const mayadin = data.events.filter((e) => e.placeName === 'Al Mayadin');
    const places = new Map(data.places.map((p) => [p.id, p]));
    const rows = readCsv(eventsToCsv(mayadin, data.actors, data.articles, places, (iso) => (iso === 'SY' ? 'Syria' : iso)));
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(row).toMatchObject({
      event_id_cnty: mayadin[0]?.id,
      event_date: '2017-10-14',
      time_precision: '1',
      event_type: 'Battles',
      sub_event_type: 'Government regains territory',
      actor1: 'Military Forces of Syria',
      assoc_actor_1: 'Shiite Muslim Militia (Syria)',
      inter1: '1',
      actor2: 'Islamic State (Syria)',
      assoc_actor_2: '',
      inter2: '2',
      interaction: '12',
      country: 'Syria',
      fatalities: '12',
      location: 'Al Mayadin',
      latitude: '35.01982',
      longitude: '40.45154',
      geo_precision: '1',
    });
    expect(row.notes).toContain('retook the town of Mayadeen');
  });

  it('quotes cells holding quotes, commas and newlines so they read back intact', () => {
    const tricky = 'He said "go", then\nleft';
    expect(textCell(tricky)).toBe('"He said ""go"", then\nleft"');
    expect(readCsv(`${textCell(tricky)}\r\n`)).toEqual([[tricky]]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(textCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(textCell('+1')).toBe("'+1");
    expect(textCell('-2')).toBe("'-2");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('Raqqa')).toBe('Raqqa');
  });

  it('keeps markup from a hostile article as plain text in the notes', () => {
    const rows = readCsv(eventsToCsv(data.events, data.actors, data.articles));
    const notes = ACLED_COLUMNS.indexOf('notes');
    expect(rows.some((r) => r[notes]?.includes('<img src=x onerror=alert(2)>'))).toBe(true);
  });

  it('leaves fatalities empty when the article does not say, and writes 0 when it says none died', () => {
    const fatalities = ACLED_COLUMNS.indexOf('fatalities');
    const base = data.events[0];
    if (!base) throw new Error('fixture has no events');
    const rows = readCsv(eventsToCsv([{ ...base, fatalities: null }, { ...base, fatalities: 0 }], data.actors, data.articles));
    expect(rows.slice(1).map((r) => r[fatalities])).toEqual(['', '0']);
  });
});

describe("ACLED's codes in the export", () => {
  it('combines inter codes smaller first, and a lone actor with 0', () => {
    expect(interaction(7, 1)).toBe(17);
    expect(interaction(1, 2)).toBe(12);
    expect(interaction(6, null)).toBe(60);
  });

  it('writes a day with time precision 1, a month as its middle with time precision 3', () => {
    expect(acledDate('2020-03-04', 'day')).toEqual({ date: '2020-03-04', timePrecision: 1 });
    expect(acledDate('2020-03', 'month')).toEqual({ date: '2020-03-15', timePrecision: 3 });
    expect(acledDate('2020', 'year')).toEqual({ date: '2020-07-01', timePrecision: 3 });
    expect(acledDate(null, null)).toEqual({ date: '', timePrecision: null });
  });
});

describe('GeoJSON export', () => {
  it('writes every filtered event as a feature valid against the output contract', () => {
    const collection = eventsToGeoJson(data.events, data.actors);
    expect(collection.features).toHaveLength(data.events.length);
    for (const feature of collection.features) expect(eventFeatureSchema.safeParse(feature).success).toBe(true);
  });

  it("keeps each actor's side", () => {
    const mayadin = data.events.find((e) => e.placeName === 'Al Mayadin' && e.actorIds.includes('isis'));
    if (!mayadin) throw new Error('fixture lacks the Mayadin battle');
    const actors = eventsToGeoJson([mayadin], data.actors).features[0]?.properties.actors;
    expect(actors?.map((a) => [a.id, a.side])).toEqual([
      ['syrian-government', 1],
      ['shiite-militia', 1],
      ['isis', 2],
    ]);
  });

  it('serialises to JSON that parses back to the same collection', () => {
    const collection = eventsToGeoJson(data.events.slice(0, 2), data.actors);
    expect(JSON.parse(stringifyGeoJson(collection))).toEqual(collection);
  });
});
