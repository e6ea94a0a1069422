/** The store's HTTP answers (lib/store/http.ts) on a real SQLite store: the URL's filters, the view, paging, errors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitCollection } from '@/lib/store/bundle';
import { answerStoreQuery, parseBounds } from '@/lib/store/http';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { CAMP, storeCorpus } from './fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'store-http-'));
const store = openSqliteStore(path.join(dir, 'store.sqlite'));
for (const bundle of splitCollection(storeCorpus())) store.upsertArticle(bundle);
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ask = (endpoint: Parameters<typeof answerStoreQuery>[0], query: string) => answerStoreQuery(endpoint, new URLSearchParams(query), store);

describe('store endpoints', () => {
  it('answers a view with markers for the URL’s filters, search words included', () => {
    const answer = ask('view', 'bbox=35,32,43,38&zoom=7&actor=isis&q=chlorine');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ kind: 'markers', total: 1, markers: [{ id: `event:${CAMP.article}:100:0`, typeSlug: 'violence-against-civilians' }] });
  });

  it('counts facets and pages the list under the same filters', () => {
    const facets = ask('facets', 'type=battles').body as { total: number; actors: Record<string, number>; types: Record<string, number> };
    expect(facets.total).toBe(8);
    expect(facets.types['protests']).toBe(1); // Suva's: type counts ignore the type filter itself
    const page = ask('list', 'type=battles&offset=2&limit=3').body as { total: number; offset: number; items: { id: string }[] };
    expect(page).toMatchObject({ total: 8, offset: 2 });
    expect(page.items).toHaveLength(3);
  });

  it('returns routes in view, search hits and single records', () => {
    expect((ask('routes', 'bbox=40,36,42,37').body as { routes: { id: string }[] }).routes.map((r) => r.id)).toEqual([CAMP.route]);
    expect((ask('search', 'q=chlorine').body as { hits: unknown[] }).hits).toHaveLength(1);
    expect(ask('place', `place=${CAMP.hol}`).body).toMatchObject({ properties: { feature: 'refugee camp' } });
    expect(ask('event', 'event=event:nope:1:0').status).toBe(404);
  });

  it('answers bad input with a 400 naming the value, and a missing store with a 503', () => {
    expect(ask('view', 'zoom=3')).toEqual({ status: 400, body: { error: 'bbox=west,south,east,north is required' } });
    expect(ask('view', 'bbox=1,2,3&zoom=3').body).toEqual({ error: expect.stringContaining('Unexpected bbox: "1,2,3"') });
    expect(ask('view', 'bbox=0,0,10,10&zoom=99').body).toEqual({ error: expect.stringContaining('Unexpected zoom: "99"') });
    expect(ask('list', 'limit=100000').status).toBe(400);
    expect(ask('list', 'offset=1.5').status).toBe(400);
    expect(answerStoreQuery('facets', new URLSearchParams(), null, 'cannot open the event store x: it is not an SQLite database')).toEqual({
      status: 503,
      body: { error: 'cannot open the event store x: it is not an SQLite database' },
    });
  });

  it('reads a bbox crossing the antimeridian and refuses inverted latitudes', () => {
    expect(parseBounds('170,-30,-170,0')).toEqual([170, -30, -170, 0]);
    expect(parseBounds('0,10,10,0')).toBeInstanceOf(Error);
  });
});
