import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, eventsToCsv, textCell } from '@/lib/export/csv';
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

  it('writes one row per event with actors by name and latitude before longitude', () => {
    const mayadin = data.events.filter((e) => e.placeName === 'Al Mayadin');
    const rows = readCsv(eventsToCsv(mayadin, data.actors, data.articles));
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(row).toMatchObject({
      event_date: '2017-10-14',
      event_type: 'Battles',
      sub_event_type: 'Government regains territory',
      actor1: 'Syrian government',
      actor2: 'Shiite militia',
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
    expect(rows.some((r) => r.at(-1)?.includes('<img src=x onerror=alert(2)>'))).toBe(true);
  });
});

describe('GeoJSON export', () => {
  it('writes every filtered event as a feature valid against the output contract', () => {
    const collection = eventsToGeoJson(data.events, data.actors);
    expect(collection.features).toHaveLength(data.events.length);
    for (const feature of collection.features) expect(eventFeatureSchema.safeParse(feature).success).toBe(true);
  });

  it('serialises to JSON that parses back to the same collection', () => {
    const collection = eventsToGeoJson(data.events.slice(0, 2), data.actors);
    expect(JSON.parse(stringifyGeoJson(collection))).toEqual(collection);
  });
});
