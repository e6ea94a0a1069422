/**
 * Store mode in a real Chromium: a store over the threshold (STORE_MODE_MIN_EVENTS lowered so a few thousand
 * synthetic events suffice, and no events file at all), so the page must ask /api/store for everything it shows.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_SYNTH_OPTIONS, synthesizeEvents } from '../../lib/cli/synth-events';
import { dateMatches } from '../../lib/filters/filter-events';
import { launchChromium } from '../../lib/e2e/browser';
import { sharedServer } from '../../lib/e2e/shared-server';
import type { EventFeature, RouteFeature } from '../../lib/geojson/schema';
import { startServer, type RunningServer } from '../../lib/serve/next-app';
import { splitCollection } from '../../lib/store/bundle';
import { openSqliteStore } from '../../lib/store/sqlite/index';
import { datePeriod, dayNumber, isoDay, windowRange } from '../../lib/timeline';
import { openPage, PHONE, renders, screenPoint, screenshot, waitForExplorer, type App } from './helpers';

const EVENTS = 3_000;
const THRESHOLD = 1_000; // events from which this server's page asks the store
const ACTOR = 'isis';
const WORLD = '/#map=1/20/20'; // zoom 1 in a 1280-px window: the whole world in view, clusters at 3,000 events
const BOOT_TIMEOUT_MS = 10 * 60_000;
const ANSWER_TIMEOUT_MS = 20_000;
const BACKGROUND_EVERY = 50; // every 50th feature of the synthetic corpus made a background event
const ROUTE_ZOOM = 6; // a few degrees of route fit a 1280 × 800 window
/** ms one click is given to reach the URL before the test hovers and clicks again */
const CLICK_SETTLE_MS = 2_000;
const ROUTE_ALONG = [0.45, 0.35, 0.55, 0.25, 0.65]; // how far along a route the pointer may go (away from its ends' markers)
const PHONE_WIDTH_PX = 390;

let server: RunningServer;
let dir: string;
let app: App;
let events: EventFeature[];
let routes: RouteFeature[];
let placeNames: Map<string, string>;

beforeAll(async () => {
  await sharedServer(inject('e2eRunId')); // builds the app once for the run
  dir = mkdtempSync(path.join(tmpdir(), 'store-mode-'));
  const synthetic = synthesizeEvents({ ...DEFAULT_SYNTH_OPTIONS, count: EVENTS });
  // the synthetic corpus recalls no history: every BACKGROUND_EVERY-th event becomes background, for the checkbox
  const collection = { ...synthetic, features: synthetic.features.map((f, i) => (f.properties.kind === 'event' && i % BACKGROUND_EVERY === 0 ? asBackground(f as EventFeature) : f)) };
  events = collection.features.filter((f): f is EventFeature => f.properties.kind === 'event');
  routes = collection.features.filter((f): f is RouteFeature => f.properties.kind === 'route');
  placeNames = new Map(collection.features.flatMap((f) => (f.properties.kind === 'place' ? [[f.id, f.properties.name] as const] : [])));
  const store = openSqliteStore(path.join(dir, 'store.sqlite'));
  for (const bundle of splitCollection(collection)) store.upsertArticle(bundle);
  store.close();
  server = await startServer({
    eventsPath: path.join(dir, 'no-events-file.geojson'),
    storePath: path.join(dir, 'store.sqlite'),
    env: { STORE_MODE_MIN_EVENTS: String(THRESHOLD) },
  });
  app = { baseUrl: server.url, browser: await launchChromium(), events, places: [], routes: [] };
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await app?.browser.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const countText = (page: Page) => page.getByTestId('event-count').textContent();
const firstListed = (page: Page) => page.locator('[data-testid="event-item"]').first().getAttribute('data-event-id');
/** Events the list should count: not background, matching the actor when given (a zoom-1 view holds the whole world). */
const expectedCount = (actor: string | null) =>
  events.filter((e) => !e.properties.background && (actor === null || e.properties.actors.some((a) => a.id === actor))).length;

async function waitForCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((text) => document.querySelector('[data-testid="event-count"]')?.textContent === text, `${count.toLocaleString('en')} events`, {
    timeout: ANSWER_TIMEOUT_MS,
  });
}

describe('the page in store mode', () => {
  it('downloads no corpus and draws the store’s clusters at world zoom and its markers in a town', async () => {
    const { page, pageErrors } = await openPage(app, WORLD);
    await waitForExplorer(page);
    expect(await page.locator('[data-cluster-count]').count()).toBeGreaterThan(0);
    await waitForCount(page, expectedCount(null));
    const town = await openPage(app, `/#map=11/${events[0]?.geometry.coordinates[1]}/${events[0]?.geometry.coordinates[0]}`);
    await waitForExplorer(town.page);
    await town.page.waitForSelector('.leaflet-marker-pane [data-event-id]', { timeout: ANSWER_TIMEOUT_MS });
    expect(await town.page.locator('[data-cluster-count]').count()).toBe(0);
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
    expect(fetched.some((p) => p.startsWith('/api/store/view'))).toBe(true);
    expect(fetched.filter((p) => p.startsWith('/api/events'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('filters the map and the list by an actor, and pages the list', async () => {
    const { page } = await openPage(app, WORLD);
    await waitForExplorer(page);
    await waitForCount(page, expectedCount(null));
    const before = await renders(page);
    await page.locator(`input[name="actor"][value="${ACTOR}"]`).click();
    await waitForCount(page, expectedCount(ACTOR));
    await page.waitForFunction((n) => ((window as unknown as { __explorerRenders?: number }).__explorerRenders ?? 0) > n, before);
    expect(new URL(page.url()).searchParams.get('actor')).toBe(ACTOR);
    // the list counts the events in view (the map's size decides how much of the world that is); paging keeps that total
    await page.waitForFunction(() => /^1–100 of [\d,]+$/.test(document.querySelector('[data-testid="list-range"]')?.textContent ?? ''), null, {
      timeout: ANSWER_TIMEOUT_MS,
    });
    const inView = ((await page.locator('[data-testid="list-range"]').textContent()) ?? '').replace(/^1–100 of /, '');
    expect(Number(inView.replace(/,/g, ''))).toBeGreaterThan(100);
    const firstPage = await firstListed(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .waitForFunction((total) => document.querySelector('[data-testid="list-range"]')?.textContent === `101–200 of ${total}`, inView, {
        timeout: ANSWER_TIMEOUT_MS,
      })
      .catch(async (error: unknown) => {
        const shown = await page.locator('[data-testid="list-range"]').textContent();
        throw new Error(`the list shows "${shown}" after Next, not "101–200 of ${inView}": ${String(error)}`);
      });
    expect(await firstListed(page)).not.toBe(firstPage);
  });

  it('opens a deep link on the same view: filter, map position, counts and list', async () => {
    const { page } = await openPage(app, `/?actor=${ACTOR}#map=5/35/40`);
    await waitForExplorer(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="event-count"]')?.textContent !== '…');
    const link = page.url();
    const seen = { count: await countText(page), first: await firstListed(page) };
    const again = await openPage(app, new URL(link).pathname + new URL(link).search + new URL(link).hash);
    await waitForExplorer(again.page);
    await again.page.waitForFunction((text) => document.querySelector('[data-testid="event-count"]')?.textContent === text, seen.count, {
      timeout: ANSWER_TIMEOUT_MS,
    });
    expect(await firstListed(again.page)).toBe(seen.first);
    expect(again.page.url()).toBe(link);
    expect(await again.page.locator(`input[name="actor"][value="${ACTOR}"]`).isChecked()).toBe(true);
  });

  it('opens a link to an event or a place on it, as the file mode does: the event selected, its place marked in the sentence, the place’s page', async () => {
    const event = events.find((e) => !e.properties.background && e.properties.precision === 1) as EventFeature;
    const { page } = await openPage(app, `/?event=${event.id}`);
    await waitForExplorer(page);
    await page.waitForSelector(`.leaflet-marker-pane [data-event-id="${event.id}"]`, { timeout: ANSWER_TIMEOUT_MS });
    expect(new URL(page.url()).hash).toMatch(/^#map=8\//);
    await expect.poll(() => page.getByTestId('provenance').textContent(), { timeout: ANSWER_TIMEOUT_MS }).toContain(event.properties.sentence);
    // the event's place is marked in its sentence, as in the file mode, and a click on it flies the map there
    const mention = page.locator(`[data-testid="provenance"] mark[data-place-id="${event.properties.placeId}"]`);
    await mention.waitFor({ timeout: ANSWER_TIMEOUT_MS });
    expect(event.properties.sentence).toContain(await mention.textContent());
    await mention.locator('button').click();
    await expect.poll(() => new URL(page.url()).hash, { timeout: ANSWER_TIMEOUT_MS }).toMatch(/^#map=9\//);
    const place = await openPage(app, `/place/${encodeURIComponent(event.properties.placeId)}`);
    await waitForExplorer(place.page);
    expect(new URL(place.page.url()).hash).toMatch(/^#map=9\//);
    expect(await place.page.title()).not.toContain('Unknown place');
    expect(await place.page.locator('.leaflet-marker-pane [data-event-id]').count()).toBeGreaterThan(0);
  });

  it('draws the routes in view: a hover names one, a click selects it and shows its sentence under its places’ names, Back unselects it', async () => {
    const route = routes.filter((r) => span(r) < 6).toSorted((a, b) => span(b) - span(a))[0] as RouteFeature;
    const [[fromLng = 0, fromLat = 0] = [], [toLng = 0, toLat = 0] = []] = [route.geometry.coordinates[0], route.geometry.coordinates.at(-1)];
    const { page, pageErrors } = await openPage(app, `/#map=${ROUTE_ZOOM}/${(fromLat + toLat) / 2}/${(fromLng + toLng) / 2}`);
    await waitForExplorer(page);
    await page.waitForResponse((r) => new URL(r.url()).pathname === '/api/store/routes', { timeout: ANSWER_TIMEOUT_MS }).catch(() => undefined);
    // Points are found again on each try: the map's box may still change height as the timeline arrives, so a point
    // found before it did can miss the route; hover, read the tooltip and click are retried together until selected.
    let named = '';
    await expect.poll(async () => {
      const selected = new URL(page.url()).searchParams.get('event');
      if (selected === route.id) return selected;
      const a = await screenPoint(page, { lng: fromLng, lat: fromLat });
      const b = await screenPoint(page, { lng: toLng, lat: toLat });
      // a point along the route with no marker over it (the synthetic events crowd some routes)
      const along = ROUTE_ALONG.map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }));
      const free = await page.evaluate((points) => points.find((p) => !document.elementFromPoint(p.x, p.y)?.closest('.leaflet-marker-icon')), along);
      if (!free) return `markers cover route ${route.id} wherever the test looked`;
      await page.mouse.move(free.x, free.y + 1);
      await page.mouse.move(free.x, free.y);
      const tip = await page.locator('.leaflet-tooltip').textContent({ timeout: 500 }).catch(() => 'no tooltip');
      if (!/^Route: .+ → .+/.test(tip ?? '')) return `no route tooltip: ${tip}`;
      named = tip ?? '';
      await page.mouse.click(free.x, free.y);
      await page.waitForFunction((id) => new URL(location.href).searchParams.get('event') === id, route.id, { timeout: CLICK_SETTLE_MS }).catch(() => undefined);
      return new URL(page.url()).searchParams.get('event');
    }, { timeout: ANSWER_TIMEOUT_MS }).toBe(route.id);
    expect(named).toMatch(/^Route: .+ → .+/);
    await expect.poll(() => page.getByTestId('provenance').textContent(), { timeout: ANSWER_TIMEOUT_MS }).toContain(route.properties.sentence);
    const heading = `Route: ${placeNames.get(route.properties.fromPlaceId)} → ${placeNames.get(route.properties.toPlaceId)}`;
    await expect.poll(() => page.locator('[data-testid="provenance"] h2').textContent(), { timeout: ANSWER_TIMEOUT_MS }).toContain(heading);
    await page.goBack(); // Back undoes the selection
    await expect.poll(() => page.getByTestId('provenance').count(), { timeout: ANSWER_TIMEOUT_MS }).toBe(0);
    expect(new URL(page.url()).searchParams.get('event')).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('exports the filtered events from the toolbar through the store: every event of the actor, anywhere', async () => {
    const { page } = await openPage(app, `/?actor=${ACTOR}#map=5/35/40`);
    await waitForExplorer(page);
    const geojson = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export GeoJSON' }).click();
    const file = await (await geojson).path();
    const features = (JSON.parse(readFileSync(file, 'utf8')) as { features: { id: string }[] }).features.map((f) => f.id);
    const expected = events.filter((e) => !e.properties.background && e.properties.actors.some((a) => a.id === ACTOR)).map((e) => e.id);
    expect(features.toSorted()).toEqual(expected.toSorted());
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect((await csv).suggestedFilename()).toBe('events.csv');
    const rows = readFileSync(await (await csv).path(), 'utf8').trimEnd().split('\r\n');
    expect(rows).toHaveLength(expected.length + 1); // the header, then one row an event
  });

  it('counts the background events beside their checkbox; ticking it lists them, Back undoes it', async () => {
    const background = events.filter((e) => e.properties.background).length;
    expect(background).toBeGreaterThan(0);
    const { page } = await openPage(app, WORLD);
    await waitForExplorer(page);
    const checkbox = page.locator('label', { has: page.locator('input[name="background"]') });
    await expect.poll(() => checkbox.locator('.filter-count').textContent(), { timeout: ANSWER_TIMEOUT_MS }).toBe(String(background));
    await page.locator('input[name="background"]').click();
    await waitForCount(page, events.length);
    expect(new URL(page.url()).searchParams.get('background')).toBe('1');
    await page.goBack(); // Back undoes the tick, as in the file mode
    await waitForCount(page, expectedCount(null));
    expect(await page.locator('input[name="background"]').isChecked()).toBe(false);
  });

  it('plays a week window from the start of the store’s timeline: the URL holds the moment, the count the week’s events', async () => {
    const { page } = await openPage(app, WORLD);
    await waitForExplorer(page);
    await waitForCount(page, expectedCount(null));
    await page.getByLabel('Speed').selectOption('0.5'); // two seconds a step: time to pause on the first
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('at') !== null, null, { timeout: ANSWER_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Pause' }).click();
    const params = new URL(page.url()).searchParams;
    expect(params.get('window')).toBe('week');
    const dated = events.filter((e) => !e.properties.background && e.properties.date !== null);
    const spanStart = Math.min(...dated.map((e) => datePeriod(e.properties.date)?.start ?? Infinity));
    const at = dayNumber(params.get('at') ?? '');
    expect(at - spanStart).toBeGreaterThanOrEqual(0);
    const range = windowRange(at, 'week');
    const inWindow = dated.filter((e) => dateMatches(e.properties.date, isoDay(range.start), isoDay(range.end)));
    expect(inWindow.length).toBeGreaterThan(0);
    await waitForCount(page, inWindow.length);
  });

  it('opens on a phone with the map full width and its clusters drawn, the list a sheet', async () => {
    const { page, pageErrors } = await openPage(app, '/', PHONE);
    await waitForExplorer(page);
    expect((await page.getByTestId('map').boundingBox())?.width).toBe(PHONE_WIDTH_PX);
    expect(await page.locator('.leaflet-marker-pane [data-cluster-count], .leaflet-marker-pane [data-event-id]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_WIDTH_PX);
    await screenshot(page, 'store-mode-phone');
    await page.getByRole('button', { name: /^List/ }).tap();
    await page.locator('[data-testid="event-item"]').first().waitFor({ state: 'visible', timeout: ANSWER_TIMEOUT_MS });
    await screenshot(page, 'store-mode-phone-list');
    expect(pageErrors).toEqual([]);
  });
});

function asBackground(event: EventFeature): EventFeature {
  return { ...event, properties: { ...event.properties, background: true } };
}

/** A route's length in degrees, end to end. */
function span(route: RouteFeature): number {
  const [a, b] = [route.geometry.coordinates[0] ?? [0, 0], route.geometry.coordinates.at(-1) ?? [0, 0]];
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));
}
