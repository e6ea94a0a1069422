/**
 * The explorer in a real Chromium: data on the map and in the list, filtering through the URL, history, deep links
 * and the keyboard. Expectations come from the served events file, not from copies of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  eventIdsOfActor,
  listedEventIds,
  mapContents,
  openPage,
  screenshot,
  useApp,
  waitForExplorer,
} from './helpers';

const AL_MAYADIN = { id: 'geonames:173480', lat: 35.01982, lng: 40.45154 };
const CENTRE_TOLERANCE_DEG = 0.05; // ~5 km: "centred on the town", not on the province
const CENTRE_TOLERANCE_PX = 40; // marker vs map centre on screen
const MAX_TABS = 80; // Tab presses allowed to reach the list: fails rather than loops if it is unreachable

const app = useApp();

describe('explorer in Chromium', () => {
  it('shows every event of the data in the list and on the map', async () => {
    const { page, dialogs, pageErrors } = await openPage(app(), '/');
    await waitForExplorer(page);
    const all = app().events.map((e) => e.id);
    expect((await listedEventIds(page)).toSorted()).toEqual(all.toSorted());
    await expect.poll(() => page.getByTestId('event-count').textContent()).toMatch(new RegExp(`\\b${all.length} events?\\b`));
    const map = await mapContents(page);
    expect(map.markerIds.every((id) => all.includes(id))).toBe(true);
    expect(map.markerIds.length + map.clusteredEvents).toBe(all.length);
    await screenshot(page, 'explorer-all-events');
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('choosing actor ISIS narrows list and map and writes actor=isis into the URL; Back undoes it', async () => {
    const { page } = await openPage(app(), '/');
    await waitForExplorer(page);
    const isis = eventIdsOfActor(app().events, 'isis');
    expect(isis.length).toBeGreaterThan(0);
    expect(isis.length).toBeLessThan(app().events.length); // else the filter could not be seen to narrow anything

    await page.locator('input[name="actor"][value="isis"]').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe('isis');
    await expect.poll(async () => (await listedEventIds(page)).toSorted()).toEqual(isis.toSorted());
    const map = await mapContents(page);
    expect(map.markerIds.every((id) => isis.includes(id))).toBe(true);
    expect(map.markerIds.length + map.clusteredEvents).toBe(isis.length);
    await screenshot(page, 'explorer-actor-isis');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBeNull();
    await expect.poll(async () => (await listedEventIds(page)).length).toBe(app().events.length);
    await expect(page.locator('input[name="actor"][value="isis"]').isChecked()).resolves.toBe(false);
    await page.context().close();
  });

  it('the toolbar exports the filtered events as a GeoJSON file and a CSV file, built in the browser', async () => {
    const { page } = await openPage(app(), '/?actor=isis');
    await waitForExplorer(page);
    const isis = eventIdsOfActor(app().events, 'isis').filter((id) => !app().events.find((e) => e.id === id)?.properties.background);
    expect(isis.length).toBeGreaterThan(0);
    const geojson = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export GeoJSON' }).click();
    const features = (JSON.parse(readFileSync(await (await geojson).path(), 'utf8')) as { features: { id: string }[] }).features;
    expect(features.map((f) => f.id).toSorted()).toEqual(isis.toSorted());
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect((await csv).suggestedFilename()).toBe('events.csv');
    expect(readFileSync(await (await csv).path(), 'utf8').trimEnd().split('\r\n')).toHaveLength(isis.length + 1);
    await page.context().close();
  });

  it('reopening a filtered URL in a fresh browser context restores the filter', async () => {
    const isis = eventIdsOfActor(app().events, 'isis');
    const { page } = await openPage(app(), '/?actor=isis');
    await waitForExplorer(page);
    await expect(page.locator('input[name="actor"][value="isis"]').isChecked()).resolves.toBe(true);
    expect((await listedEventIds(page)).toSorted()).toEqual(isis.toSorted());
    await page.context().close();
  });

  it('a link to an event shows its item in the side list, in sight and not under the provenance panel', async () => {
    const mayadin = app().events.filter((e) => e.properties.placeId === 'place:geonames:173480');
    const event = mayadin.at(-1);
    expect(event).toBeDefined();
    const { page } = await openPage(app(), `/?event=${encodeURIComponent(event?.id ?? '')}`);
    await waitForExplorer(page);
    await expect.poll(() => page.getByTestId('provenance').count()).toBe(1);
    const item = page.locator(`[data-testid="event-item"][data-event-id="${event?.id ?? ''}"]`);
    await expect.poll(() => item.getAttribute('aria-selected')).toBe('true');
    // The row's centre is the row itself on screen: inside the list's box and covered by nothing.
    await expect
      .poll(() =>
        item.evaluate((row) => {
          const box = row.getBoundingClientRect();
          const list = row.closest('[data-testid="event-list"]')?.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          const inList = list !== undefined && y >= list.top && y <= list.bottom;
          return inList && row.contains(document.elementFromPoint(x, y));
        }),
      )
      .toBe(true);
    await page.context().close();
  });

  it('the place route /place/geonames%3A173480 centres the map on Al Mayadin', async () => {
    const { page, response } = await openPage(app(), `/place/${encodeURIComponent(AL_MAYADIN.id)}`);
    expect(response?.status()).toBe(200);
    await waitForExplorer(page);
    const centre = await mapCentre(page);
    expect(Math.abs(centre.lat - AL_MAYADIN.lat)).toBeLessThan(CENTRE_TOLERANCE_DEG);
    expect(Math.abs(centre.lng - AL_MAYADIN.lng)).toBeLessThan(CENTRE_TOLERANCE_DEG);
    // The gazetteer's canonical name is "Al Mayādīn"; compare without diacritics.
    const ogTitle = (await page.locator('meta[property="og:title"]').getAttribute('content')) ?? '';
    expect(ogTitle.normalize('NFD').replace(/\p{M}/gu, '')).toContain('Al Mayadin');
    await screenshot(page, 'place-al-mayadin');
    await page.context().close();
  });

  it('the hash #map=10/35.02/40.45 opens the map at zoom 10 over Al Mayadin', async () => {
    const { page } = await openPage(app(), '/#map=10/35.02/40.45');
    await waitForExplorer(page);
    const centre = await mapCentre(page);
    expect(centre.zoom).toBe(10);
    expect(Math.abs(centre.lat - 35.02)).toBeLessThan(CENTRE_TOLERANCE_DEG);
    expect(Math.abs(centre.lng - 40.45)).toBeLessThan(CENTRE_TOLERANCE_DEG);
    // Al Mayadin's marker sits in the middle of the map: its own event marker, or the group marker of the events
    // there when it has several (co-located events are drawn as one marker with a count).
    const mayadinEvents = app().events.filter((e) => e.properties.placeId.endsWith(AL_MAYADIN.id));
    expect(mayadinEvents.length).toBeGreaterThan(0);
    const offset = await page.evaluate((ids) => {
      const map = document.querySelector('[data-testid="map"] .leaflet-container');
      const selectors = ids.map((id) => `[data-testid="map"] [data-event-id="${CSS.escape(id)}"]`);
      const single = ids.length === 1 ? document.querySelector(selectors.join(',')) : null;
      const markers = single ? [single] : [...document.querySelectorAll('[data-testid="map"] .event-cluster')];
      if (!map || markers.length === 0) return null;
      const m = map.getBoundingClientRect();
      const distance = (k: Element): number => {
        const r = k.getBoundingClientRect();
        return Math.hypot(r.x + r.width / 2 - (m.x + m.width / 2), r.y + r.height / 2 - (m.y + m.height / 2));
      };
      return Math.min(...markers.map(distance));
    }, mayadinEvents.map((e) => e.id));
    expect(offset).not.toBeNull();
    expect(offset ?? Infinity).toBeLessThan(CENTRE_TOLERANCE_PX);
    await page.context().close();
  });

  it('keyboard: Tab reaches the event list, ArrowDown moves, Enter selects the item', async () => {
    const { page } = await openPage(app(), '/');
    await waitForExplorer(page);
    let inList = false;
    for (let i = 0; i < MAX_TABS && !inList; i++) {
      await page.keyboard.press('Tab');
      inList = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="event-list"]')));
    }
    expect(inList).toBe(true);
    await page.keyboard.press('ArrowDown');
    const focusedId = await page.evaluate(
      () => document.activeElement?.closest('[data-testid="event-item"]')?.getAttribute('data-event-id') ?? null,
    );
    await page.keyboard.press('Enter');
    const selected = page.locator('[data-testid="event-item"][aria-selected="true"]');
    await expect.poll(() => selected.count()).toBe(1);
    const selectedId = await selected.getAttribute('data-event-id');
    expect(selectedId).toBeTruthy();
    if (focusedId !== null) expect(selectedId).toBe(focusedId);
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(selectedId);
    await screenshot(page, 'explorer-keyboard-selected');
    await page.context().close();
  });
});

/** The map's view as the URL hash states it (#map=ZOOM/LAT/LNG), which the explorer keeps in sync with Leaflet. */
async function mapCentre(page: import('playwright-core').Page): Promise<{ zoom: number; lat: number; lng: number }> {
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#map=[\d.]+\/-?[\d.]+\/-?[\d.]+/);
  const hash = await page.evaluate(() => location.hash);
  const [zoom, lat, lng] = hash.replace(/^#map=/, '').split('/').map(Number);
  return { zoom: zoom ?? NaN, lat: lat ?? NaN, lng: lng ?? NaN };
}
