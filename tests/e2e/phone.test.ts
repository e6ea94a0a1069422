/**
 * The explorer on a phone (390 × 844, touch): a deep link opens the same view, the filters and the list open as
 * sheets, an event can be selected by tapping the map or the list, the timeline is brushed with a finger and
 * played by a tap, nothing scrolls sideways and every control is at least 44 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../lib/geojson/schema';
import { eventIdsOfActor, listedEventIds, openPage, PHONE, screenshot, useApp, waitForExplorer } from './helpers';

const MIN_TAP_PX = 44; // WCAG 2.5.5 / Apple HIG
const FINGER_STEPS = 8; // touch moves per drag
const FINGER_PAUSE_MS = 500; // between lifting the finger from a swipe and the next tap

const app = useApp();

describe('explorer on a phone in Chromium', () => {
  it('opens with the map first and full width, the legend folded, the toolbar in reach, no sideways scrolling, 44 px targets', async () => {
    const { page, pageErrors } = await openPage(app(), '/', PHONE);
    await waitForExplorer(page);
    const map = await page.getByTestId('map').boundingBox();
    expect(map?.width).toBe(390);
    expect(map?.height ?? 0).toBeGreaterThan(350);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.locator('details.map-legend').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    for (const name of ['Copy link', 'Export GeoJSON', 'Export CSV', 'Filters', /^List/, 'Play']) {
      const button = page.getByRole('button', { name });
      await expect(onTop(page, button), `${String(name)} is on screen and not covered`).resolves.toBe(true);
    }
    // The timeline is on screen under the map.
    const timeline = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
    expect(timeline?.y ?? 0).toBeGreaterThanOrEqual((map?.y ?? 0) + (map?.height ?? 0) - 1);
    expect((timeline?.y ?? 0) + (timeline?.height ?? 0)).toBeLessThanOrEqual(844);
    const small = await smallTargets(page);
    expect(small).toEqual([]);
    await screenshot(page, 'phone-map');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('a deep link opens the same view: filter ticked, list filtered, period and window shown', async () => {
    const isis = eventIdsOfActor(app().events, 'isis');
    const { page } = await openPage(app(), '/?actor=isis&from=2017-10-01&to=2017-10-31&sort=oldest', PHONE);
    await waitForExplorer(page);
    const expected = app()
      .events.filter((e) => isis.includes(e.id) && !e.properties.background && (e.properties.date ?? '').startsWith('2017-10'))
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^List/ }).tap();
    await expect.poll(async () => (await listedEventIds(page)).toSorted()).toEqual(expected.toSorted());
    await expect(page.locator('select[name="sort"]').inputValue()).resolves.toBe('oldest');
    await page.getByRole('button', { name: 'Close the list' }).tap();
    await page.getByRole('button', { name: 'Filters' }).tap();
    await expect(page.locator('input[name="actor"][value="isis"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('input[name="from"]').inputValue()).resolves.toBe('2017-10-01');
    await page.context().close();
  });

  it('filters open in a sheet; a tap on an actor filters the list and writes the URL', async () => {
    const isis = eventIdsOfActor(app().events, 'isis').filter((id) => !background(app().events, id));
    const { page } = await openPage(app(), '/', PHONE);
    await waitForExplorer(page);
    await expect(page.locator('input[name="actor"][value="isis"]').isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Filters' }).tap();
    const row = page.locator('label.filter-option', { has: page.locator('input[name="actor"][value="isis"]') });
    await expect.poll(() => onTop(page, row)).toBe(true); // once the sheet has slid up
    await row.tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('actor')).toBe('isis');
    await screenshot(page, 'phone-filters');
    await page.getByRole('button', { name: 'Close filters' }).tap();
    await expect.poll(() => page.locator('input[name="actor"][value="isis"]').isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: /^List/ }).textContent()).toBe(`List · ${isis.length}`);
    await page.context().close();
  });

  it('a tap on a marker selects its event and shows where it comes from', async () => {
    // An actor with a single event: its marker stands alone on the map.
    const counts = new Map<string, string[]>();
    for (const e of app().events) if (!e.properties.background) for (const a of e.properties.actors) counts.set(a.id, [...(counts.get(a.id) ?? []), e.id]);
    const [actor, ids] = [...counts.entries()].find(([, list]) => list.length === 1) ?? ['', []];
    expect(ids).toHaveLength(1);
    const { page } = await openPage(app(), `/?actor=${actor}`, PHONE);
    await waitForExplorer(page);
    const marker = page.locator(`.leaflet-marker-pane [data-event-id="${ids[0] ?? ''}"]`);
    await marker.tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(ids[0]);
    await expect.poll(() => page.getByTestId('provenance').isVisible()).toBe(true);
    await screenshot(page, 'phone-selected-from-map');
    await page.context().close();
  });

  it('a tap on a row of the list sheet selects its event', async () => {
    const { page } = await openPage(app(), '/', PHONE);
    await waitForExplorer(page);
    await page.getByRole('button', { name: /^List/ }).tap();
    const row = page.getByTestId('event-item').nth(1);
    const id = await row.getAttribute('data-event-id');
    await row.tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await page.context().close();
  });

  it('a finger drag on the timeline brushes a period; a tap on Play plays it', async () => {
    const { page } = await openPage(app(), '/', PHONE);
    await waitForExplorer(page);
    const bins = await page.getByTestId('timeline-bin').evaluateAll((nodes) =>
      nodes.map((n) => ({ start: n.getAttribute('data-start') ?? '', end: n.getAttribute('data-end') ?? '' })),
    );
    const first = Math.floor(bins.length / 2);
    const last = bins.length - 2;
    await fingerDrag(page, first, last, bins.length);
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(bins[first]?.start);
    expect(new URL(page.url()).searchParams.get('to')).toBe(bins[last]?.end);
    await expect.poll(() => page.getByRole('button', { name: 'Clear period' }).isVisible()).toBe(true); // the page has drawn the period
    // A tap within a moment of a fast swipe stops Chromium's gesture (fling) instead of clicking; a finger lifts
    // and comes down again slower than that.
    await page.waitForTimeout(FINGER_PAUSE_MS);
    await page.getByRole('button', { name: 'Play' }).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(bins[first]?.start);
    await page.getByRole('button', { name: 'Pause' }).tap();
    await expect(page.getByRole('button', { name: 'Play' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

function background(events: readonly EventFeature[], id: string): boolean {
  return events.find((e) => e.id === id)?.properties.background ?? false;
}

/** True when the element's centre is inside the viewport and the element itself (or a child) is what a tap there hits. */
async function onTop(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  return locator.first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (el === hit || el.contains(hit));
  });
}

/** Visible buttons, selects, summaries and map controls smaller than a fingertip, by their names. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const targets = [...document.querySelectorAll<HTMLElement>('button, select, summary, .leaflet-control-zoom a, [role="slider"]')];
    return targets.flatMap((el) => {
      const box = el.getBoundingClientRect();
      const visible = box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      return visible && (box.width < min || box.height < min) ? [`${el.tagName} "${el.textContent?.trim() ?? ''}" ${Math.round(box.width)}×${Math.round(box.height)}`] : [];
    });
  }, MIN_TAP_PX);
}

/** A one-finger drag across the timeline, from the centre of bin `first` to that of bin `last` (CDP touch events). */
async function fingerDrag(page: Page, first: number, last: number, count: number): Promise<void> {
  const box = await page.getByTestId('timeline-chart').boundingBox();
  if (!box) throw new Error('No timeline chart on the page');
  const y = box.y + box.height / 2;
  const x = (k: number) => box.x + ((k + 0.5) / count) * box.width;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x(first), y }] });
  for (let s = 1; s <= FINGER_STEPS; s++) {
    const at = x(first) + ((x(last) - x(first)) * s) / FINGER_STEPS;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: at, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
