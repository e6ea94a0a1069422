/**
 * The timeline in a real Chromium: the histogram against the served events' dates, brushing by mouse and keyboard,
 * Play and Pause, a link to a paused moment, and the list's order. Expectations come from the served events file.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dateMatches } from '../../lib/filters/filter-events';
import type { EventFeature } from '../../lib/geojson/schema';
import { binCountText, binLabel, datePeriod, dayNumber, isoDay, windowRange } from '../../lib/timeline';
import { listedEventIds, mapContents, openPage, useApp, waitForExplorer } from './helpers';

const app = useApp();

interface BinView {
  start: string;
  end: string;
  total: number;
  exact: number;
}

describe('timeline in Chromium', () => {
  it('draws one bar per week of the seed’s span whose counts match the events’ dates, partial dates spread', async () => {
    const { page, pageErrors } = await openPage(app(), '/');
    await waitForExplorer(page);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.isVisible()).resolves.toBe(true);
    const bins = await readBins(page);
    const dated = shown(app().events).filter((e) => e.properties.date !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect(await page.getByTestId('timeline-chart').getAttribute('data-unit')).toBe('week');
    // The seed runs from June to October 2017: the bars cover it, in contiguous Monday-to-Sunday weeks.
    expect((bins[0]?.start ?? '') <= '2017-06-30').toBe(true);
    expect((bins.at(-1)?.end ?? '') >= '2017-10-01').toBe(true);
    for (const [k, bin] of bins.entries()) {
      expect(new Date(`${bin.start}T00:00:00Z`).getUTCDay()).toBe(1);
      if (k > 0) expect(dayNumber(bin.start)).toBe(dayNumber(bins[k - 1]?.end ?? '') + 1);
      const exact = dated.filter((e) => e.properties.datePrecision === 'day' && inBin(e.properties.date ?? '', bin)).length;
      expect(bin.exact, `day-dated events in ${bin.start}..${bin.end}`).toBe(exact);
      expect(bin.total).toBeGreaterThanOrEqual(bin.exact);
    }
    const sum = bins.reduce((n, b) => n + b.total, 0);
    expect(sum).toBeCloseTo(dated.length, 1);
    // An event known only to its month counts in every week of that month, never as one whole event on the 1st.
    const monthly = dated.find((e) => e.properties.datePrecision === 'month');
    expect(monthly).toBeDefined();
    const period = datePeriod(monthly?.properties.date ?? null);
    const spreadOver = bins.filter((b) => dayNumber(b.end) >= (period?.start ?? 0) && dayNumber(b.start) <= (period?.end ?? 0));
    expect(spreadOver.length).toBeGreaterThan(3);
    expect(spreadOver.every((b) => b.total > b.exact)).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a bar’s period and count on hover', async () => {
    const { page } = await openPage(app(), '/');
    await waitForExplorer(page);
    const bins = await readBins(page);
    const k = bins.findIndex((b) => b.exact > 0);
    const bin = bins[k] as BinView;
    await page.mouse.move(...(await binCentre(page, k, bins.length)));
    const tooltip = page.getByTestId('timeline-tooltip');
    await expect.poll(() => tooltip.textContent()).toContain(binLabel({ start: dayNumber(bin.start), end: dayNumber(bin.end) }, 'week'));
    const text = await tooltip.textContent();
    expect(text).toContain(binCountText(bin.exact, 0)); // "N events": the day-dated ones
    if (bin.total - bin.exact > 0.005) expect(text).toContain('spread from events known only to the month or year');
    await page.context().close();
  });

  it('brushing two weeks writes from/to as the date inputs do, filters the list, and Back undoes it in one step', async () => {
    const { page } = await openPage(app(), '/');
    await waitForExplorer(page);
    const bins = await readBins(page);
    const first = bins.findIndex((b) => b.start >= '2017-10-01' && b.exact > 0);
    expect(first).toBeGreaterThan(0);
    const last = Math.min(first + 1, bins.length - 1);
    const from = bins[first]?.start ?? '';
    const to = bins[last]?.end ?? '';
    await dragAcross(page, first, last, bins.length);
    await expect.poll(() => params(page)).toEqual({ from, to });
    const expected = shown(app().events).filter((e) => dateMatches(e.properties.date, from, to)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(shown(app().events).length);
    await expect.poll(async () => (await listedEventIds(page)).toSorted()).toEqual(expected.toSorted());
    await expect(page.locator('input[name="from"]').inputValue()).resolves.toBe(from);
    await expect(page.locator('input[name="to"]').inputValue()).resolves.toBe(to);
    const map = await mapContents(page);
    expect(map.markerIds.length + map.clusteredEvents).toBe(expected.length);

    await page.goBack();
    await expect.poll(() => params(page)).toEqual({ from: null, to: null });
    await expect.poll(async () => (await listedEventIds(page)).length).toBe(shown(app().events).length);
    await page.context().close();
  });

  it('the keyboard moves the brushed period with the arrows and resizes it with Shift; Escape clears it', async () => {
    const { page } = await openPage(app(), '/');
    await waitForExplorer(page);
    const bins = await readBins(page);
    await page.getByRole('slider', { name: /^Period/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => params(page)).toEqual({ from: bins[0]?.start, to: bins[0]?.end });
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => params(page)).toEqual({ from: bins[0]?.start, to: bins[1]?.end });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => params(page)).toEqual({ from: bins[1]?.start, to: bins[2]?.end });
    await page.keyboard.press('End');
    await expect.poll(() => params(page)).toEqual({ from: bins.at(-2)?.start, to: bins.at(-1)?.end });
    await page.keyboard.press('Escape');
    await expect.poll(() => params(page)).toEqual({ from: null, to: null });
    await page.context().close();
  });

  it('Play steps a week window through the span, the list showing the window; Pause stops it', async () => {
    const { page } = await openPage(app(), '/');
    await waitForExplorer(page);
    const dated = shown(app().events).filter((e) => e.properties.date !== null);
    const spanStart = Math.min(...dated.map((e) => datePeriod(e.properties.date)?.start ?? Infinity));
    await page.getByLabel('Speed').selectOption('0.5'); // two seconds a step: time to read the first one
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => windowParams(page)).toEqual({ window: 'week', at: isoDay(spanStart) });
    await expect(page.getByRole('button', { name: 'Pause' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Speed').selectOption('4');
    await expect.poll(() => windowParams(page).then((w) => w.at), { timeout: 5_000 }).not.toBe(isoDay(spanStart));
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' }).isVisible()).resolves.toBe(true);
    const paused = await windowParams(page);
    await page.waitForTimeout(1_200); // five steps' time at 4×
    expect(await windowParams(page)).toEqual(paused);
    expect(dayNumber(paused.at ?? '')).toBeGreaterThan(spanStart);
    const range = windowRange(dayNumber(paused.at ?? ''), 'week');
    const inWindow = shown(app().events)
      .filter((e) => dateMatches(e.properties.date, isoDay(range.start), isoDay(range.end)))
      .map((e) => e.id);
    await expect.poll(async () => (await listedEventIds(page)).toSorted()).toEqual(inWindow.toSorted());
    await page.context().close();
  });

  it('a link with a window opens on that moment: the week shown, its events alone on the map and in the list', async () => {
    const { page } = await openPage(app(), '/?window=week&at=2017-10-09');
    await waitForExplorer(page);
    const expected = shown(app().events).filter((e) => dateMatches(e.properties.date, '2017-10-09', '2017-10-15')).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(shown(app().events).length);
    await expect.poll(() => page.getByTestId('timeline-shown').textContent()).toBe('9 Oct 2017 – 15 Oct 2017');
    expect((await listedEventIds(page)).toSorted()).toEqual(expected.toSorted());
    const map = await mapContents(page);
    expect(map.markerIds.every((id) => expected.includes(id))).toBe(true);
    expect(map.markerIds.length + map.clusteredEvents).toBe(expected.length);
    await page.getByRole('button', { name: 'Show the whole period' }).click();
    await expect.poll(() => windowParams(page)).toEqual({ window: null, at: null });
    // The map stays on the week's places; the list shows every date there again.
    await expect.poll(async () => (await listedEventIds(page)).length).toBeGreaterThan(expected.length);
    await expect(page.getByTestId('timeline-shown').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('lists the newest first, and oldest first once asked (sort=oldest in the URL)', async () => {
    const { page } = await openPage(app(), '/');
    await waitForExplorer(page);
    const dateOf = new Map(app().events.map((e) => [e.id, e.properties.date]));
    const newest = (await listedEventIds(page)).map((id) => dateOf.get(id) ?? null);
    expect(isSorted(newest, 'desc')).toBe(true);
    expect(newest[0]).not.toBe(newest.findLast((d) => d !== null)); // more than one date: the order is visible
    await page.locator('select[name="sort"]').selectOption('oldest');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('oldest');
    await expect.poll(async () => isSorted((await listedEventIds(page)).map((id) => dateOf.get(id) ?? null), 'asc')).toBe(true);
    await page.context().close();
  });
});

/** Events the page shows by default: background history stays hidden. */
function shown(events: readonly EventFeature[]): EventFeature[] {
  return events.filter((e) => !e.properties.background);
}

function inBin(date: string, bin: BinView): boolean {
  return date >= bin.start && date <= bin.end;
}

async function readBins(page: Page): Promise<BinView[]> {
  return page.getByTestId('timeline-bin').evaluateAll((nodes) =>
    nodes.map((n) => ({
      start: n.getAttribute('data-start') ?? '',
      end: n.getAttribute('data-end') ?? '',
      total: Number(n.getAttribute('data-total')),
      exact: Number(n.getAttribute('data-exact')),
    })),
  );
}

async function binCentre(page: Page, k: number, count: number): Promise<[number, number]> {
  const box = await page.getByTestId('timeline-chart').boundingBox();
  if (!box) throw new Error('No timeline chart on the page');
  return [box.x + ((k + 0.5) / count) * box.width, box.y + box.height / 2];
}

async function dragAcross(page: Page, first: number, last: number, count: number): Promise<void> {
  const [x0, y] = await binCentre(page, first, count);
  const [x1] = await binCentre(page, last, count);
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x1, y, { steps: 8 });
  await page.mouse.up();
}

async function params(page: Page): Promise<{ from: string | null; to: string | null }> {
  const url = new URL(page.url());
  return { from: url.searchParams.get('from'), to: url.searchParams.get('to') };
}

async function windowParams(page: Page): Promise<{ window: string | null; at: string | null }> {
  const url = new URL(page.url());
  return { window: url.searchParams.get('window'), at: url.searchParams.get('at') };
}

/** Dated events in order (partial dates compare by their first day), undated ones only at the end. */
function isSorted(dates: readonly (string | null)[], direction: 'asc' | 'desc'): boolean {
  const firstUndated = dates.indexOf(null);
  if (firstUndated >= 0 && dates.slice(firstUndated).some((d) => d !== null)) return false;
  const days = dates.filter((d): d is string => d !== null).map((d) => datePeriod(d)?.start ?? NaN);
  return days.every((d, k) => k === 0 || (direction === 'asc' ? d >= (days[k - 1] as number) : d <= (days[k - 1] as number)));
}
