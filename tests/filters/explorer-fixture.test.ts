import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventCollectionSchema } from '@/lib/geojson/schema';
import { articleDirs, readArticleText } from '@/lib/explorer-data/article-text';
import { loadEventsFile, parseEventsText, resolveEventsPath } from '@/lib/explorer-data/load';

const FIXTURE = 'tests/fixtures/explorer/events.geojson';

describe('the explorer fixture', () => {
  const json: unknown = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const collection = eventCollectionSchema.parse(json);
  const dirs = articleDirs({}, FIXTURE, process.cwd());

  it('follows the output contract', () => {
    expect(eventCollectionSchema.safeParse(json).success).toBe(true);
  });

  it('has every mention and sentence at its offsets in the article text', async () => {
    for (const feature of collection.features) {
      const p = feature.properties;
      const spans =
        p.kind === 'place'
          ? p.mentions.map((m) => ({ article: m.article, start: m.start, end: m.end, text: m.text }))
          : [{ article: p.article, start: p.start, end: p.end, text: p.sentence }];
      for (const span of spans) {
        const text = await readArticleText(span.article, dirs);
        expect(text, span.article).not.toBeNull();
        expect(text?.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('places Raqqa and Al Mayadin at their GeoNames coordinates', () => {
    const byId = new Map(collection.features.map((f) => [f.id, f]));
    expect(byId.get('place:geonames:172955')?.geometry.coordinates).toEqual([39.00788, 35.95283]);
    expect(byId.get('place:geonames:173480')?.geometry.coordinates).toEqual([40.45154, 35.01982]);
  });

  it('carries a hostile article whose title holds markup, so the page can prove it renders text', () => {
    const titles = collection.articles.map((a) => a.title ?? '');
    expect(titles.some((t) => t.includes('<script>alert(1)</script>') && t.includes('<img src=x onerror=alert(2)>'))).toBe(true);
  });
});

describe('loading the events file', () => {
  it('uses EVENTS_PATH when set and geodata/events.geojson otherwise', () => {
    expect(resolveEventsPath({ EVENTS_PATH: 'x/e.geojson' }, '/srv')).toBe('/srv/x/e.geojson');
    expect(resolveEventsPath({}, '/srv')).toBe('/srv/geodata/events.geojson');
  });

  it('reports a missing file as missing instead of throwing', async () => {
    const result = await loadEventsFile('tests/fixtures/explorer/no-such-file.geojson');
    expect(result).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('reports broken JSON and schema violations as invalid, quoting where', () => {
    expect(parseEventsText('{', 'f')).toMatchObject({ ok: false, reason: 'invalid' });
    const bad = parseEventsText('{"type":"FeatureCollection","articles":[],"features":[{"type":"Feature"}]}', 'f');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('features.0');
  });

  it('sorts events by date with undated events last and ranks actors by frequency', async () => {
    const result = await loadEventsFile(FIXTURE);
    if (!result.ok) throw new Error(result.message);
    const dates = result.data.events.map((e) => e.date);
    expect(dates[0]).toBe('2017-06');
    expect(dates.at(-1)).toBeNull();
    expect(result.data.actors[0]).toMatchObject({ id: 'isis', colorIndex: 0 });
  });

  it('never reads an article outside its folders', async () => {
    expect(await readArticleText('../package', [process.cwd() + '/seeds'])).toBeNull();
    expect(await readArticleText('raqqa-2017', [process.cwd() + '/seeds'])).toContain('Mayadeen');
  });
});
