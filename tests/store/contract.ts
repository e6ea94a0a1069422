/**
 * The EventStore contract: every engine (SQLite, PostgreSQL/PostGIS) runs this suite against real storage,
 * through the async interface (AsyncEventStore). `factory` opens a new, empty store each time it is called; the
 * suite closes what it opens.
 *
 * The answers are checked against lib/filters — the pure filters the page runs today — on the same corpus, so an
 * engine agrees with the page's own semantics, not merely with itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { compareEvents, toExplorerData } from '@/lib/explorer-data/to-explorer-data';
import { facetCounts, filterEvents, pointInBounds } from '@/lib/filters/filter-events';
import { eventCollectionSchema, type EventCollection } from '@/lib/geojson/schema';
import { splitCollection } from '@/lib/store/bundle';
import { NO_FILTER, type AsyncEventStore, type StoreFilter } from '@/lib/store/types';
import { CAMP, storeCorpus } from './fixture';

/** Opens a new, empty store; a synchronous engine passes `asyncStore(open…())` (lib/store/types.ts). */
export type StoreFactory = () => AsyncEventStore | Promise<AsyncEventStore>;

const WORLD = [-180, -85, 180, 85] as const;
const EVERYTHING: StoreFilter = { ...NO_FILTER, background: true };

/** Registers the contract's tests for one engine. */
export function runStoreContract(name: string, factory: StoreFactory): void {
  describe(`EventStore contract: ${name}`, () => {
    const opened: AsyncEventStore[] = [];
    const open = async (): Promise<AsyncEventStore> => {
      const store = await factory();
      opened.push(store);
      return store;
    };
    const loaded = async (): Promise<{ store: AsyncEventStore; corpus: EventCollection }> => {
      const store = await open();
      const corpus = storeCorpus();
      for (const bundle of splitCollection(corpus)) await store.upsertArticle(bundle);
      return { store, corpus };
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    it('starts empty, at a schema version', async () => {
      const store = await open();
      expect(await store.counts()).toEqual({ articles: 0, places: 0, events: 0, routes: 0 });
      expect(await store.schemaVersion()).toBeGreaterThanOrEqual(1);
      expect(await store.exportCollection(EVERYTHING)).toEqual({ type: 'FeatureCollection', articles: [], features: [] });
    });

    it('gives back exactly the collection the ingest writes, article by article in any order', async () => {
      const corpus = storeCorpus();
      for (const order of [splitCollection(corpus), splitCollection(corpus).toReversed()]) {
        const store = await open();
        for (const bundle of order) await store.upsertArticle(bundle);
        const exported = await store.exportCollection(EVERYTHING);
        expect(JSON.stringify(exported)).toBe(JSON.stringify(corpus));
        expect(await store.counts()).toEqual({ articles: 2, places: 13, events: 16, routes: 3 });
      }
    });

    it('replaces what an article produced when it is written again', async () => {
      const { store, corpus } = await loaded();
      const [camp] = splitCollection(corpus);
      if (camp === undefined) throw new Error('no camp bundle');
      await store.upsertArticle({ ...camp, events: camp.events.slice(0, 1), routes: [] });
      expect(await store.counts()).toEqual({ articles: 2, places: 13, events: 13, routes: 2 });
      await store.upsertArticle(camp);
      expect(JSON.stringify(await store.exportCollection(EVERYTHING))).toBe(JSON.stringify(corpus));
    });

    it('writes several articles at once as it writes them one by one, an article given twice ending as its last version', async () => {
      const corpus = storeCorpus();
      const [camp, raqqa] = splitCollection(corpus);
      if (camp === undefined || raqqa === undefined) throw new Error('no bundles');
      const store = await open();
      await store.upsertArticles([{ ...camp, events: camp.events.slice(0, 1), routes: [] }, raqqa, camp]);
      expect(JSON.stringify(await store.exportCollection(EVERYTHING))).toBe(JSON.stringify(corpus));
      expect(await store.counts()).toEqual({ articles: 2, places: 13, events: 16, routes: 3 });
      await store.upsertArticles([]);
      expect(await store.counts()).toEqual({ articles: 2, places: 13, events: 16, routes: 3 });
    });

    it('leaves each article of a failing batch whole or absent, and the articles stored before as they were', async () => {
      const corpus = storeCorpus();
      const [camp, raqqa] = splitCollection(corpus);
      if (camp === undefined || raqqa === undefined) throw new Error('no bundles');
      const store = await open();
      await store.upsertArticle(raqqa);
      const before = JSON.stringify(await store.exportCollection(EVERYTHING));
      const [first, ...rest] = raqqa.events;
      if (first === undefined) throw new Error('no raqqa event');
      const broken = { ...raqqa, events: [{ ...first, properties: { ...first.properties, placeId: 'place:nowhere' } }, ...rest] };
      await expect(store.upsertArticles([camp, broken])).rejects.toThrow(/place/);
      const counts = await store.counts();
      // the camp article is either wholly in (an engine writing each article in a transaction of its own) or absent
      const expected = counts.articles === 1 ? before : JSON.stringify(corpus);
      expect(JSON.stringify(await store.exportCollection(EVERYTHING))).toBe(expected);
      await store.upsertArticles([camp, raqqa]);
      expect(JSON.stringify(await store.exportCollection(EVERYTHING))).toBe(JSON.stringify(corpus));
    });

    it('removes an article with its events, routes and the places only it mentioned', async () => {
      const { store } = await loaded();
      expect(await store.removeArticle(CAMP.article)).toBe(true);
      expect(await store.removeArticle(CAMP.article)).toBe(false);
      expect(await store.counts()).toEqual({ articles: 1, places: 10, events: 12, routes: 2 });
      expect(await store.place(CAMP.hol)).toBeNull();
      const raqqa = (await store.exportCollection(EVERYTHING)).features.find((f) => f.properties.kind === 'place' && f.properties.name.includes('Raqqa'));
      expect(raqqa?.properties.kind === 'place' && raqqa.properties.mentions.every((m) => m.article === 'raqqa-2017')).toBe(true);
    });

    it('keeps precision, fatalities, background, ACLED names, inter codes, sides and a landmark feature', async () => {
      const { store } = await loaded();
      const killing = (await store.exportCollection(EVERYTHING)).features.find((f) => f.id === `event:${CAMP.article}:100:0`);
      expect(killing?.properties).toMatchObject({
        fatalities: 12,
        precision: 1,
        actors: [
          { id: 'isis', acledName: 'Islamic State (Syria)', inter: 2, side: 1 },
          { id: 'civilians', acledName: 'Civilians (Syria)', inter: 7, side: 2 },
        ],
      });
      expect((await store.place(CAMP.hol))?.properties.feature).toBe('refugee camp');
      expect((await store.place(CAMP.hasakah))?.properties.area).toEqual({ layer: 'admin1', key: 'SYR-2000', bbox: [39.5, 35.6, 42.4, 37.3] });
      expect((await store.event(`event:${CAMP.article}:300:0`))?.properties.background).toBe(true);
      expect(await store.article(CAMP.article)).toEqual({ id: CAMP.article, title: 'Aid convoy reaches Hasakah refugees', date: '2019-03-04', source: 'Our own', file: 'camps/al-hol-2019.txt' });
      expect(await store.article('nope')).toBeNull();
      expect(await store.event('event:nope:1:0')).toBeNull();
    });

    const filters: [string, StoreFilter][] = [
      ['no filter (background hidden)', NO_FILTER],
      ['background shown', EVERYTHING],
      ['an actor', { ...NO_FILTER, actors: ['isis'] }],
      ['two actors and a type', { ...NO_FILTER, actors: ['sdf', 'civilians'], types: ['violence-against-civilians'] }],
      ['a date range overlapping a month-precision date', { ...NO_FILTER, from: '2019-03-15', to: '2019-12-31' }],
      ['a lower bound only (undated events drop out)', { ...NO_FILTER, from: '2017-10-13' }],
    ];
    for (const [label, filter] of filters) {
      it(`filters as the page does: ${label}`, async () => {
        const { store, corpus } = await loaded();
        const data = toExplorerData(corpus);
        const expected = filterEvents(data.events, filter);
        const page = await store.listPage(filter, 0, 100);
        expect(page.total).toBe(expected.length);
        expect(page.items.map((i) => i.id)).toEqual(expected.toSorted(compareEvents).map((e) => e.id));
        const facets = await store.facets(filter);
        const pure = facetCounts(data.events, filter);
        expect(facets.total).toBe(expected.length);
        expect(Object.fromEntries(facets.actors)).toEqual(Object.fromEntries(pure.actors));
        expect(Object.fromEntries(facets.types)).toEqual(Object.fromEntries(pure.types));
        const exported = eventCollectionSchema.parse(await store.exportCollection(filter));
        expect(exported.features.filter((f) => f.properties.kind === 'event').map((f) => f.id).toSorted()).toEqual(expected.map((e) => e.id).toSorted());
      });
    }

    it('counts dated events per date and type under the filter and the bounds, as the page would', async () => {
      const { store, corpus } = await loaded();
      const syria = [35, 32, 43, 38] as const;
      for (const [filter, bounds] of [[NO_FILTER, null], [{ ...NO_FILTER, actors: ['isis'] }, null], [EVERYTHING, syria]] as const) {
        const passed = filterEvents(toExplorerData(corpus).events, filter).filter((e) => e.date !== null && (bounds === null || pointInBounds(bounds)(e.lngLat)));
        const expected = new Map<string, number>();
        for (const e of passed) expected.set(`${e.date} ${e.typeSlug}`, (expected.get(`${e.date} ${e.typeSlug}`) ?? 0) + 1);
        const counts = await store.dateCounts(filter, bounds);
        expect(new Map(counts.map((c) => [`${c.date} ${c.typeSlug}`, c.count]))).toEqual(expected);
        expect(counts.map((c) => c.date)).toEqual(counts.map((c) => c.date).toSorted());
      }
    });

    it('lists the actors events name with their event counts, most events first, as the page ranks them', async () => {
      const { store, corpus } = await loaded();
      const ranked = toExplorerData(corpus).actors.filter((a) => a.eventCount > 0);
      expect(await store.actors()).toEqual(ranked.map(({ id, name, acledName, inter, eventCount }) => ({ id, name, acledName, inter, eventCount })));
    });

    it('pages the list in date order, undated last', async () => {
      const { store } = await loaded();
      const all = await store.listPage(EVERYTHING, 0, 100);
      const pages: string[] = [];
      for (const offset of [0, 5, 10, 15]) pages.push(...(await store.listPage(EVERYTHING, offset, 5)).items.map((i) => i.id));
      expect(pages).toEqual(all.items.map((i) => i.id));
      expect(all.items.at(-1)?.date).toBeNull();
      expect(all.items[0]?.date).toBe('2014');
    });

    it('finds events by words of their sentence or of their article title, combined with the filters', async () => {
      const { store } = await loaded();
      expect((await store.search('chlorine', 10)).map((h) => h.eventId)).toEqual([`event:${CAMP.article}:100:0`]);
      expect(await store.search('CHLORINE canisters', 10)).toHaveLength(1);
      // "refugees" is only in the camp article's title: all its events match
      expect(await store.search('refugees', 10)).toHaveLength(4);
      expect((await store.listPage({ ...NO_FILTER, q: 'refugees', types: ['battles'] }, 0, 10)).items.map((i) => i.id)).toEqual([`event:${CAMP.article}:200:0`]);
      expect(await store.search('roundabout chlorine', 10)).toEqual([]);
      // query syntax in the input is text, never an FTS operator or an error
      expect(await store.search('"chlorine" OR NEAR(x', 10)).toEqual([]);
      expect(await store.search('***', 10)).toEqual([]);
    });

    it('lists the ids of the events passing a filter, search words included, up to a limit', async () => {
      const { store, corpus } = await loaded();
      const isis = filterEvents(toExplorerData(corpus).events, { ...NO_FILTER, actors: ['isis'] }).map((e) => e.id);
      expect(await store.matchingIds({ ...NO_FILTER, actors: ['isis'] }, 1000)).toEqual(isis.toSorted());
      expect(await store.matchingIds({ ...NO_FILTER, q: 'chlorine' }, 1000)).toEqual([`event:${CAMP.article}:100:0`]);
      expect(await store.matchingIds(NO_FILTER, 2)).toHaveLength(2);
    });

    it('answers a view with markers inside its bounds, across the antimeridian too', async () => {
      const { store, corpus } = await loaded();
      const syria = [35, 32, 43, 38] as const;
      const result = await store.view(syria, 6, NO_FILTER);
      const inside = filterEvents(toExplorerData(corpus).events, NO_FILTER).filter((e) => pointInBounds(syria)(e.lngLat));
      expect(result.kind).toBe('markers');
      if (result.kind === 'markers') expect(result.markers.map((m) => m.id).toSorted()).toEqual(inside.map((e) => e.id).toSorted());
      const pacific = await store.view([170, -30, -170, 0], 5, NO_FILTER);
      expect(pacific.kind === 'markers' && pacific.markers.map((m) => m.placeId)).toEqual([CAMP.suva]);
    });

    it('aggregates a crowded view into clusters whose counts add up to the filtered events', async () => {
      const { store } = await loaded();
      const result = await store.view(WORLD, 1, { ...NO_FILTER, actors: ['isis'] }, { markerLimit: 2 });
      expect(result.kind).toBe('clusters');
      const expected = (await store.facets({ ...NO_FILTER, actors: ['isis'] })).total;
      if (result.kind === 'clusters') {
        expect(result.clusters.reduce((n, c) => n + c.count, 0)).toBe(expected);
        expect(result.clusters.length).toBeLessThan(expected); // the Syrian events share a cell at zoom 1
      }
      await expect(store.view(WORLD, Number.NaN, NO_FILTER)).rejects.toThrow(/zoom/);
    });

    it('narrows events, counts and routes to one article with the URL\'s article filter, as the page does', async () => {
      const { store, corpus } = await loaded();
      const only = { ...NO_FILTER, article: CAMP.article };
      const expected = filterEvents(toExplorerData(corpus).events, only).map((e) => e.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(await store.matchingIds(only, 1000)).toEqual(expected.toSorted());
      expect((await store.facets(only)).total).toBe(expected.length);
      expect((await store.listPage(only, 0, 100)).total).toBe(expected.length);
      expect((await store.routesInView(WORLD, only)).map((r) => r.id)).toEqual([CAMP.route]);
      expect(await store.matchingIds({ ...NO_FILTER, article: 'no-such-article' }, 1000)).toEqual([]);
    });

    it('returns the routes touching the view under the actor and date filters', async () => {
      const { store } = await loaded();
      expect(await store.routesInView(WORLD, NO_FILTER)).toHaveLength(3);
      expect((await store.routesInView([40, 36, 42, 37], NO_FILTER)).map((r) => r.id)).toEqual([CAMP.route]);
      expect((await store.routesInView(WORLD, { ...NO_FILTER, actors: ['civilians'], from: '2019-01-01' })).map((r) => r.id)).toEqual([CAMP.route]);
      expect(await store.routesInView([-10, -10, 0, 0], NO_FILTER)).toEqual([]);
    });

    it('returns at most `limit` routes in view, the most recent first (undated last, then by id)', async () => {
      const { store } = await loaded();
      const all = await store.routesInView(WORLD, NO_FILTER);
      const recentFirst = all.toSorted(
        (a, b) =>
          Number(a.properties.date === null) - Number(b.properties.date === null) ||
          compareText(b.properties.date ?? '', a.properties.date ?? '') ||
          compareText(a.id, b.id),
      );
      expect(new Set(all.map((r) => r.properties.date)).size).toBeGreaterThan(1); // the order is tested, not only the count
      expect(await store.routesInView(WORLD, NO_FILTER, 2)).toEqual(recentFirst.slice(0, 2));
      expect(await store.routesInView(WORLD, NO_FILTER, all.length + 5)).toEqual(recentFirst);
      expect(await store.routesInView(WORLD, NO_FILTER, 0)).toEqual([]);
    });
  });
}

/** JavaScript's code-unit order, which both engines' ORDER BY follows (ids and dates are COLLATE "C" on PostgreSQL). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
