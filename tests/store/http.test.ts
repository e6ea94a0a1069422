/** The store's HTTP answers (lib/store/http.ts) on a real SQLite store: the URL's filters, the view, paging, errors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toExplorerData } from '@/lib/explorer-data/to-explorer-data';
import { filterEvents } from '@/lib/filters/filter-events';
import { splitCollection } from '@/lib/store/bundle';
import { exportText } from '@/lib/store/export-file';
import { histogramFromJson, type HistogramJson } from '@/lib/store/histogram';
import { answerStoreQuery, parseBounds } from '@/lib/store/http';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { NO_FILTER, asyncStore } from '@/lib/store/types';
import { brushedSpan, buildTimeIndex, histogram } from '@/lib/timeline';
import { CAMP, storeCorpus } from './fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'store-http-'));
const store = openSqliteStore(path.join(dir, 'store.sqlite'));
for (const bundle of splitCollection(storeCorpus())) store.upsertArticle(bundle);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ask = (endpoint: Parameters<typeof answerStoreQuery>[0], query: string) => answerStoreQuery(endpoint, new URLSearchParams(query), asyncStore(store));

describe('store endpoints', async () => {
  it('answers a view with markers for the URL’s filters, search words included', async () => {
    const answer = (await ask('view', 'bbox=35,32,43,38&zoom=7&actor=isis&q=chlorine'));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ kind: 'markers', total: 1, markers: [{ id: `event:${CAMP.article}:100:0`, typeSlug: 'violence-against-civilians' }] });
  });

  it('counts facets and pages the list under the same filters', async () => {
    const facets = (await ask('facets', 'type=battles')).body as { total: number; actors: Record<string, number>; types: Record<string, number> };
    expect(facets.total).toBe(8);
    expect(facets.types['protests']).toBe(1); // Suva's: type counts ignore the type filter itself
    const page = (await ask('list', 'type=battles&offset=2&limit=3')).body as { total: number; offset: number; items: { id: string }[] };
    expect(page).toMatchObject({ total: 8, offset: 2 });
    expect(page.items).toHaveLength(3);
  });

  it('sends the most recent routes of a view past the cap, and a selected route left out with them', async () => {
    const world = 'bbox=-180,-85,180,85';
    const all = ((await ask('routes', world)).body as { routes: { id: string; properties: { date: string | null } }[] }).routes;
    expect(all.length).toBeGreaterThan(1);
    const capped = (await answerStoreQuery('routes', new URLSearchParams(world), asyncStore(store), undefined, 1)).body as { routes: { id: string }[]; complete: boolean };
    expect(capped).toEqual({ routes: [all[0]], complete: false }); // the most recent first
    const left = all.at(-1)?.id ?? '';
    const linked = (await answerStoreQuery('routes', new URLSearchParams(`${world}&event=${encodeURIComponent(left)}`), asyncStore(store), undefined, 1)).body as { routes: { id: string }[] };
    expect(linked.routes.map((r) => r.id)).toEqual([all[0]?.id, left]);
  });

  it('returns routes in view, search hits and single records', async () => {
    expect(((await ask('routes', 'bbox=40,36,42,37')).body as { routes: { id: string }[] }).routes.map((r) => r.id)).toEqual([CAMP.route]);
    expect((await ask('routes', 'bbox=-180,-85,180,85')).body).toMatchObject({ complete: true }); // all of them: under MAX_ROUTES_IN_VIEW
    expect(((await ask('search', 'q=chlorine')).body as { hits: unknown[] }).hits).toHaveLength(1);
    expect((await ask('place', `place=${CAMP.hol}`)).body).toMatchObject({ properties: { feature: 'refugee camp' } });
    expect((await ask('event', 'event=event:nope:1:0')).status).toBe(404);
  });

  it('bins the timeline like the page does, under every filter but the dates, reaching over the brushed period', async () => {
    const filter = { ...NO_FILTER, actors: ['isis'] };
    const events = filterEvents(toExplorerData(storeCorpus()).events, filter);
    const pageOwn = histogram(buildTimeIndex(events), undefined, { include: brushedSpan('2019-03-01', '2019-03-31') });
    const answer = (await ask('histogram', 'actor=isis&from=2019-03-01&to=2019-03-31')).body as { histogram: HistogramJson };
    expect(pageOwn).not.toBeNull();
    expect(histogramFromJson(answer.histogram)).toEqual(pageOwn);
    expect(answer.histogram.unit).toBe('month'); // 2014 to 2019: the one-month dates filter does not narrow the bins to days
    expect((await ask('histogram', 'bbox=-180,-20,-170,-10')).body).toEqual({ histogram: null }); // Suva's only event is undated
  });

  it('exports the filtered events everywhere as the CLI’s file, GeoJSON by default or CSV, and refuses another format', async () => {
    const filter = { ...NO_FILTER, types: ['battles' as const] };
    const geojson = await ask('export', 'type=battles&bbox=-180,-20,-170,-10');
    expect(geojson).toEqual({ status: 200, body: exportText(store, filter, 'geojson').text, file: { name: 'events.geojson', type: 'application/geo+json' } });
    const ids = (JSON.parse(String(geojson.body)) as { features: { id: string }[] }).features.map((f) => f.id);
    expect(ids.toSorted()).toEqual(filterEvents(toExplorerData(storeCorpus()).events, filter).map((e) => e.id).toSorted());
    expect(ids).toHaveLength(8);
    expect(await ask('export', 'type=battles&format=csv')).toMatchObject({ body: exportText(store, filter, 'csv').text, file: { name: 'events.csv' } });
    expect((await ask('export', 'format=xlsx')).body).toEqual({ error: 'Unexpected format: "xlsx" (want geojson or csv)' });
  });

  it('answers bad input with a 400 naming the value, and a missing store with a 503', async () => {
    expect((await ask('view', 'zoom=3'))).toEqual({ status: 400, body: { error: 'bbox=west,south,east,north is required' } });
    expect((await ask('view', 'bbox=1,2,3&zoom=3')).body).toEqual({ error: expect.stringContaining('Unexpected bbox: "1,2,3"') });
    expect((await ask('view', 'bbox=0,0,10,10&zoom=99')).body).toEqual({ error: expect.stringContaining('Unexpected zoom: "99"') });
    expect((await ask('list', 'limit=100000')).status).toBe(400);
    expect((await ask('list', 'offset=1.5')).status).toBe(400);
    expect(await answerStoreQuery('facets', new URLSearchParams(), null, 'cannot open the event store x: it is not an SQLite database')).toEqual({
      status: 503,
      body: { error: 'cannot open the event store x: it is not an SQLite database' },
    });
  });

  it('reads a bbox crossing the antimeridian and refuses inverted latitudes', async () => {
    expect(parseBounds('170,-30,-170,0')).toEqual([170, -30, -170, 0]);
    expect(parseBounds('0,10,10,0')).toBeInstanceOf(Error);
  });
});
