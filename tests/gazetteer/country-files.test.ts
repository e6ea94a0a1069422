import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { addCountryFiles, listCountryFiles } from '@/lib/gazetteer/country-files';
import { loadWorldGazetteer } from '@/lib/gazetteer/world';
import { buildCollection } from '@/lib/geojson/build';
import { processArticle } from '@/lib/pipeline/index';
import { parseArticle } from '@/lib/text/article';

const SAMPLE = fileURLToPath(new URL('../fixtures/gazetteer/geonames/SY-sample.txt', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'country-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** a whole gazetteer build with a country file: cities500 and Natural Earth are parsed again */
const BUILD_TIMEOUT_MS = 240_000;

describe('adding GeoNames country files', () => {
  it('copies a dump into the folder and lists the folder\'s .txt files, sorted', () => {
    const dir = join(work, 'list');
    expect(listCountryFiles(dir)).toEqual([]);
    expect(addCountryFiles([SAMPLE], dir)).toEqual([join(dir, 'SY-sample.txt')]);
    writeFileSync(join(dir, 'AA.txt'), '');
    writeFileSync(join(dir, 'notes.md'), '');
    expect(listCountryFiles(dir)).toEqual([join(dir, 'AA.txt'), join(dir, 'SY-sample.txt')]);
  });

  it('refuses a zip archive, asking for the .txt inside', () => {
    const zip = join(work, 'SY.zip');
    writeFileSync(zip, 'PK');
    expect(() => addCountryFiles([zip], join(work, 'zip'))).toThrow(/unzip it/);
  });

  it('refuses a file whose first line is not a 19-column dump line, and copies nothing', () => {
    const csv = join(work, 'places.txt');
    writeFileSync(csv, 'id,name,lat,lng\n1,Raqqa,35.9,39.0\n');
    const dir = join(work, 'refused');
    expect(() => addCountryFiles([SAMPLE, csv], dir)).toThrow(/1 tab-separated columns, not 19/);
    expect(listCountryFiles(dir)).toEqual([]);
  });

  it('`npm run gazetteer -- add` rebuilds a gazetteer that finds the file\'s villages, districts and camps', () => {
    const countries = join(work, 'countries');
    const out = join(work, 'gazetteer');
    const run = spawnSync('npx', ['tsx', 'lib/cli/gazetteer.ts', 'add', '--countries', countries, '--out', out, SAMPLE], {
      cwd: ROOT, encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/with 1 country file\(s\)/);
    expect(readdirSync(countries)).toEqual(['SY-sample.txt']);
    const gazetteer = loadWorldGazetteer(out);
    expect(gazetteer.search('Kafr Ruma')[0]?.id).toBe('geonames:90000001');
    expect(gazetteer.search('Al-Hol Camp')[0]).toMatchObject({ placeType: 'locality', feature: 'refugee camp' });
    expect(gazetteer.search('Jisr al-Shughur District')[0]).toMatchObject({ placeType: 'admin2', feature: 'district' });
    // cities500 keeps its own record of a place the file repeats
    expect(gazetteer.byId('geonames:168661')?.name).toBe('Kafranbel');
    // an event at the camp is placed at the camp, and the output says it is one
    const text = '---\ndate: 2020-03-02\n---\nUnidentified gunmen attacked guards at Al-Hol Camp in Hasakah province on Monday, killing two.';
    const collection = buildCollection([processArticle(parseArticle('camp', text), gazetteer)]);
    const event = collection.features.find((f) => f.properties.kind === 'event');
    const place = collection.features.find((f) => f.id === (event?.properties.kind === 'event' ? event.properties.placeId : ''));
    expect(place?.properties).toMatchObject({ gazetteerId: 'geonames:90000004', feature: 'refugee camp', precision: 1 });
  }, BUILD_TIMEOUT_MS);

  it('without country files the world gazetteer knows none of their places', () => {
    const world = loadWorldGazetteer();
    expect(world.search('Kafr Ruma')).toEqual([]);
    expect(world.byId('geonames:90000004')).toBeUndefined();
  });

  it('answers a bad call with exit code 2 and the usage line', () => {
    const run = spawnSync('npx', ['tsx', 'lib/cli/gazetteer.ts', 'add'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: gazetteer.ts add/);
  });
});
