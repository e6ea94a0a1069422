/** `npm run export` from the store: the page's own export of the same filter, byte for byte, via the real CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acledCountryName } from '@/lib/events/acled-countries';
import { toExplorerData } from '@/lib/explorer-data/to-explorer-data';
import { eventsToCsv } from '@/lib/export/csv';
import { eventsToGeoJson, stringifyGeoJson } from '@/lib/export/geojson';
import { filterEvents } from '@/lib/filters/filter-events';
import { splitCollection } from '@/lib/store/bundle';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { ROOT } from '../ingest/cli-helpers';
import { storeCorpus } from './fixture';

const work = mkdtempSync(path.join(tmpdir(), 'store-export-'));
const store = path.join(work, 'store.sqlite');
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(() => {
  const opened = openSqliteStore(store);
  for (const bundle of splitCollection(storeCorpus())) opened.upsertArticle(bundle);
  opened.close();
});

function runExport(args: readonly string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'lib/cli/export.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

/** What the page's Export buttons write for the same filter (components/explorer/toolbar.tsx). */
function pageExport(filter: Parameters<typeof filterEvents>[1]) {
  const data = toExplorerData(storeCorpus());
  const events = filterEvents(data.events, filter);
  const places = new Map(data.places.map((p) => [p.id, { countryCode: p.countryCode }]));
  return {
    csv: eventsToCsv(events, data.actors, data.articles, places, (iso2) => acledCountryName(iso2) ?? iso2),
    geojson: stringifyGeoJson(eventsToGeoJson(events, data.actors)),
  };
}

describe('npm run export', () => {
  it('writes the CSV with ACLED columns that the page exports for the same filter', () => {
    const out = path.join(work, 'isis.csv');
    const run = runExport(['--store', store, '--actor', 'isis', '--from', '2017-10-14', '--out', out]);
    expect(run.stderr).toMatch(/^export: \d+ events → /);
    expect(run.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toBe(pageExport({ actors: ['isis'], types: [], from: '2017-10-14', to: null }).csv);
    expect(csv.split('\r\n')[0]).toMatch(/^event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1/);
  });

  it('writes GeoJSON event features, background included only when asked, and filters by search words', () => {
    const out = path.join(work, 'all.geojson');
    expect(runExport(['--store', store, '--background', '--out', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(pageExport({ actors: [], types: [], from: null, to: null, background: true }).geojson);
    const searched = path.join(work, 'chlorine.geojson');
    expect(runExport(['--store', store, '--q', 'chlorine', `--out=${searched}`]).status).toBe(0);
    expect((JSON.parse(readFileSync(searched, 'utf8')) as { features: { id: string }[] }).features.map((f) => f.id)).toEqual([
      'event:camps/al-hol-2019:100:0',
    ]);
  });

  it('answers a bad filter, a bad extension and a broken store with one line', () => {
    const bad = runExport(['--store', store, '--type', 'picnics', '--out', path.join(work, 'x.csv')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not a valid filter: --type picnics');
    expect(runExport(['--store', store, '--out', path.join(work, 'x.txt')]).stderr).toContain('must end in .geojson, .json or .csv');
    const broken = path.join(work, 'broken.sqlite');
    writeFileSync(broken, 'not a database at all'.repeat(100));
    const run = runExport(['--store', broken, '--out', path.join(work, 'x.csv')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^export: cannot open the event store .*broken.sqlite: it is not an SQLite database/)]);
    const missing = runExport(['--store', path.join(work, 'none.sqlite'), '--out', path.join(work, 'x.csv')]);
    expect(missing.stderr).toMatch(/does not exist; run `npm run ingest`/);
  });
});
