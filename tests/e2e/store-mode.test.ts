/**
 * Store mode in a real Chromium: a store over the threshold (STORE_MODE_MIN_EVENTS lowered so a few thousand
 * synthetic events suffice, and no events file at all), so the page must ask /api/store for everything it shows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_SYNTH_OPTIONS, synthesizeEvents } from '../../lib/cli/synth-events';
import { launchChromium } from '../../lib/e2e/browser';
import { sharedServer } from '../../lib/e2e/shared-server';
import type { EventFeature } from '../../lib/geojson/schema';
import { startServer, type RunningServer } from '../../lib/serve/next-app';
import { splitCollection } from '../../lib/store/bundle';
import { openSqliteStore } from '../../lib/store/sqlite/index';
import { openPage, renders, waitForExplorer, type App } from './helpers';

const EVENTS = 3_000;
const THRESHOLD = 1_000; // events from which this server's page asks the store
const ACTOR = 'isis';
const WORLD = '/#map=1/20/20'; // zoom 1 in a 1280-px window: the whole world in view, clusters at 3,000 events
const BOOT_TIMEOUT_MS = 10 * 60_000;
const ANSWER_TIMEOUT_MS = 20_000;

let server: RunningServer;
let dir: string;
let app: App;
let events: EventFeature[];

beforeAll(async () => {
  await sharedServer(inject('e2eRunId')); // builds the app once for the run
  dir = mkdtempSync(path.join(tmpdir(), 'store-mode-'));
  const collection = synthesizeEvents({ ...DEFAULT_SYNTH_OPTIONS, count: EVENTS });
  events = collection.features.filter((f): f is EventFeature => f.properties.kind === 'event');
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
    const firstPage = await firstListed(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="list-range"]')?.textContent === `101–200 of ${total}`,
      expectedCount(ACTOR).toLocaleString('en'),
      { timeout: ANSWER_TIMEOUT_MS },
    );
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

  it('opens a link to an event or a place on it, as the file mode does: the event selected, the place’s page', async () => {
    const event = events.find((e) => !e.properties.background && e.properties.precision === 1) as EventFeature;
    const { page } = await openPage(app, `/?event=${event.id}`);
    await waitForExplorer(page);
    await page.waitForSelector(`.leaflet-marker-pane [data-event-id="${event.id}"]`, { timeout: ANSWER_TIMEOUT_MS });
    expect(new URL(page.url()).hash).toMatch(/^#map=8\//);
    await expect.poll(() => page.getByTestId('store-event').textContent(), { timeout: ANSWER_TIMEOUT_MS }).toContain(event.properties.sentence);
    const place = await openPage(app, `/place/${encodeURIComponent(event.properties.placeId)}`);
    await waitForExplorer(place.page);
    expect(new URL(place.page.url()).hash).toMatch(/^#map=9\//);
    expect(await place.page.title()).not.toContain('Unknown place');
    expect(await place.page.locator('.leaflet-marker-pane [data-event-id]').count()).toBeGreaterThan(0);
  });
});
