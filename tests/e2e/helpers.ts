/**
 * Browser-test plumbing: one shared app server per run, one Chromium per test file, a fresh context per page.
 * Every page records dialogs and uncaught errors so a test can assert that none happened.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { toPixels } from '../../lib/basemap/mercator';
import { launchChromium } from '../../lib/e2e/browser';
import { sharedServer } from '../../lib/e2e/shared-server';
import { eventCollectionSchema, type EventFeature, type PlaceFeature, type RouteFeature } from '../../lib/geojson/schema';

export const OUTPUT_DIR = path.resolve(import.meta.dirname, '..', 'output');
const BOOT_TIMEOUT_MS = 10 * 60_000; // a cold `next build` runs inside the first beforeAll
const READY_TIMEOUT_MS = 20_000; // navigation → first markers on the small test data
const MAX_LIST_SCREENS = 50; // screenfuls of the side list read at most (the test data lists a few dozen events)
const LIST_SETTLE_MS = 150; // wait after a scroll for the windowed list to render its rows
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

export interface App {
  baseUrl: string;
  browser: Browser;
  events: EventFeature[];
  places: PlaceFeature[];
  routes: RouteFeature[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  response: Response | null;
  /** messages of every alert/confirm/prompt that opened (each is dismissed) */
  dialogs: string[];
  /** uncaught exceptions thrown in the page */
  pageErrors: string[];
}

/**
 * Registers beforeAll/afterAll for a test file and returns a getter for the running app.
 * @example const app = useApp(); it('…', async () => { const { page } = await openPage(app(), '/'); });
 */
export function useApp(): () => App {
  let app: App | null = null;
  beforeAll(async () => {
    const server = await sharedServer(inject('e2eRunId'));
    const collection = eventCollectionSchema.parse(JSON.parse(readFileSync(server.eventsPath, 'utf8')));
    app = {
      baseUrl: server.baseUrl,
      browser: await launchChromium(),
      events: collection.features.filter((f): f is EventFeature => f.properties.kind === 'event'),
      places: collection.features.filter((f): f is PlaceFeature => f.properties.kind === 'place'),
      routes: collection.features.filter((f): f is RouteFeature => f.properties.kind === 'route'),
    };
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    await app?.browser.close();
  });
  return () => {
    if (!app) throw new Error('The app is not up: beforeAll failed');
    return app;
  };
}

/** A phone held upright (390 × 844 CSS px) with a touch screen. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/**
 * Opens `pathAndQuery` in a fresh browser context (no shared storage or history with other pages); a desktop
 * window unless `device` says otherwise (e.g. PHONE).
 */
export async function openPage(app: App, pathAndQuery: string, device: BrowserContextOptions = DESKTOP): Promise<OpenedPage> {
  const context = await app.browser.newContext(device);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const response = await page.goto(app.baseUrl + pathAndQuery, { waitUntil: 'load' });
  return { page, context, response, dialogs, pageErrors };
}

/** Waits until the explorer says its first markers are on the map. */
export async function waitForExplorer(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __explorerReady?: boolean }).__explorerReady === true, null, {
    timeout: READY_TIMEOUT_MS,
  });
}

/** Number of times the explorer has re-rendered markers and list (window.__explorerRenders). */
export function renders(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __explorerRenders?: number }).__explorerRenders ?? 0);
}

/**
 * Every event id the side panel lists, in order. The list is windowed (only the rows on screen exist), so it is
 * scrolled through a screenful at a time, then back to the top.
 */
export async function listedEventIds(page: Page): Promise<string[]> {
  const list = page.getByTestId('event-list');
  const ids: string[] = [];
  await list.evaluate((el) => el.scrollTo({ top: 0 }));
  for (let step = 0; step < MAX_LIST_SCREENS; step++) {
    await page.waitForTimeout(LIST_SETTLE_MS); // the list renders the rows of a new scroll position in a frame or two
    const rows = await list.locator('[data-testid="event-item"]').evaluateAll((items) =>
      items.map((item) => ({ id: item.getAttribute('data-event-id') ?? '', at: Number(item.getAttribute('aria-posinset')) })),
    );
    for (const row of rows) ids[row.at - 1] = row.id;
    const atEnd = await list.evaluate((el) => {
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return true;
      el.scrollTo({ top: el.scrollTop + el.clientHeight });
      return false;
    });
    if (atEnd) break;
  }
  await list.evaluate((el) => el.scrollTo({ top: 0 }));
  return ids.filter((id): id is string => id !== undefined);
}

/**
 * What the map shows: ids of unclustered markers and the total of the cluster badges (a cluster without a number
 * counts as NaN, so a test comparing totals fails loudly rather than passing by accident).
 */
export function mapContents(page: Page): Promise<{ markerIds: string[]; clusters: number; clusteredEvents: number }> {
  return page.locator('[data-testid="map"] .leaflet-container').evaluate((map) => {
    // Only the marker pane: popups may list events too (cluster popups carry data-event-id buttons).
    const markerIds = [...map.querySelectorAll('.leaflet-marker-pane [data-event-id]')].map(
      (m) => m.getAttribute('data-event-id') ?? '',
    );
    const clusters = [...map.querySelectorAll('.leaflet-marker-pane .event-cluster')];
    const clusteredEvents = clusters.reduce((sum, c) => sum + Number((c.textContent ?? '').replace(/\D+/g, '') || NaN), 0);
    return { markerIds: [...new Set(markerIds)], clusters: clusters.length, clusteredEvents };
  });
}

/** How long a screenshot waits for the basemap to be drawn before it takes the picture anyway. */
const BASEMAP_DRAWN_TIMEOUT_MS = 20_000;

/** Saves a full-viewport screenshot to tests/output/<name>.png (for a human to look at). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  // The basemap loads after the page is ready; a picture before it is drawn shows an empty map.
  await page
    .locator('.leaflet-container[data-basemap="drawn"]')
    .waitFor({ timeout: BASEMAP_DRAWN_TIMEOUT_MS })
    .catch(() => undefined);
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`) });
}

/** The ids of the events one of whose actors is `actorId`. */
export function eventIdsOfActor(events: readonly EventFeature[], actorId: string): string[] {
  return events.filter((e) => e.properties.actors.some((a) => a.id === actorId)).map((e) => e.id);
}

/** The page's pixels (RGBA, row by row) in the square of side 2·radius+1 around (x, y), viewport px. */
export async function pixelsAround(page: Page, x: number, y: number, radius: number): Promise<number[][]> {
  const side = 2 * radius + 1;
  const png = await page.screenshot({ clip: { x: x - radius, y: y - radius, width: side, height: side } });
  // Decoded by the page itself: no PNG decoder needed here.
  return page.evaluate(
    async ({ base64, side }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(side, side);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('No 2D context to read the screenshot');
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, side, side).data;
      const out: number[][] = [];
      for (let i = 0; i < data.length; i += 4) out.push([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0]);
      return out;
    },
    { base64: png.toString('base64'), side },
  );
}

/** Viewport px of a place, from the view the page's URL holds and the map's box (Web Mercator, as Leaflet). */
export async function screenPoint(page: Page, at: { lat: number; lng: number }): Promise<{ x: number; y: number }> {
  const match = /#map=(\d+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(page.url());
  if (!match) throw new Error(`No view in ${page.url()}`);
  const [zoom, lat, lng] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const box = await page.locator('.leaflet-container').boundingBox();
  if (!box) throw new Error('No map on the page');
  const [px, py] = toPixels(at.lng, at.lat, zoom);
  const [cx, cy] = toPixels(lng, lat, zoom);
  return { x: box.x + box.width / 2 + px - cx, y: box.y + box.height / 2 + py - cy };
}
