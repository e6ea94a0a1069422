/**
 * In-page measurements for the map benchmark. Times are the page's own `performance.now()` (ms since navigation
 * start), taken at the moment the explorer sets its flags, so polling from the test driver adds nothing to them.
 */
import type { Page } from 'playwright-core';
import { HISTOGRAM_MEASURE } from '../timeline/measure';

/** Installed before any page script: timestamps every write of __explorerReady / __explorerRenders. */
export const PROBE_INIT_SCRIPT = `(() => {
  const w = window;
  // tsx compiles with keepNames, so functions we pass to page.evaluate call __name(); give the page a no-op one.
  w.__name = w.__name || ((fn) => fn);
  w.__benchRenderTimes = [];
  let ready, renders;
  Object.defineProperty(w, '__explorerReady', {
    configurable: true,
    get: () => ready,
    set: (value) => {
      ready = value;
      if (value === true && w.__benchReadyAt === undefined) w.__benchReadyAt = performance.now();
    },
  });
  Object.defineProperty(w, '__explorerRenders', {
    configurable: true,
    get: () => renders,
    set: (value) => {
      renders = value;
      w.__benchRenderTimes.push(performance.now());
    },
  });
})();`;

const PAN_STEPS = 12; // mouse moves per drag: Leaflet sees a real drag, not a jump
const PAN_PX = 250; // drag distance per pan, px
const SETTLE_MS = 400; // wait after each gesture for moveend, re-clustering and marker redraw
const WHEEL_DELTA_PX = 120; // one mouse-wheel notch

/** ms from navigation start to the first `__explorerReady = true`; waits up to `timeoutMs`. */
export async function timeToReady(page: Page, timeoutMs: number): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __benchReadyAt?: number }).__benchReadyAt !== undefined, null, {
    timeout: timeoutMs,
    polling: 100,
  });
  return page.evaluate(() => (window as unknown as { __benchReadyAt: number }).__benchReadyAt);
}

/**
 * Clicks `selector` and returns ms until both the map re-rendered (next __explorerRenders write) and the side
 * panel changed (first DOM mutation inside the event list or its count). The panel lists the events in view, so
 * "changed" is the signal, not a particular count.
 */
export async function timeToFilter(page: Page, selector: string, timeoutMs: number): Promise<number> {
  return page.evaluate(
    ({ selector, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const w = window as unknown as { __benchRenderTimes: number[] };
        const input = document.querySelector<HTMLElement>(selector);
        const panel = [
          document.querySelector('[data-testid="event-list"]'),
          document.querySelector('[data-testid="event-count"]'),
        ];
        if (!input || panel.includes(null)) return reject(new Error(`Missing ${selector} or the event list`));
        const rendersBefore = w.__benchRenderTimes.length;
        let panelAt: number | null = null;
        let start = 0;
        const finish = (): void => {
          const renderAt = w.__benchRenderTimes[rendersBefore];
          if (panelAt === null || renderAt === undefined) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(Math.max(panelAt, renderAt) - start);
        };
        const observer = new MutationObserver(() => {
          panelAt ??= performance.now();
          finish();
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`No map render and panel update within ${timeoutMs} ms`));
        }, timeoutMs);
        for (const node of panel) if (node) observer.observe(node, { subtree: true, childList: true, characterData: true });
        // The render flag may be written after the panel mutated, with no mutation following it: poll each frame.
        const poll = (): void => {
          finish();
          if (w.__benchRenderTimes.length === rendersBefore || panelAt === null) requestAnimationFrame(poll);
        };
        start = performance.now();
        input.click();
        requestAnimationFrame(poll);
      }),
    { selector, timeoutMs },
  );
}

/** Pans (mouse drags) and zooms (wheel) the map; returns every long task (ms) seen meanwhile. */
export async function longTasksWhilePanning(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchLongTasks: number[]; __benchObserver: PerformanceObserver };
    w.__benchLongTasks = [];
    w.__benchObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__benchLongTasks.push(entry.duration);
    });
    w.__benchObserver.observe({ type: 'longtask' });
  });
  const box = await page.locator('[data-testid="map"] .leaflet-container').boundingBox();
  if (!box) throw new Error('No map container on the page');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const drags: [number, number][] = [
    [PAN_PX, 0],
    [0, PAN_PX],
    [-PAN_PX, 0],
    [0, -PAN_PX],
  ];
  for (const [dx, dy] of drags) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy + dy, { steps: PAN_STEPS });
    await page.mouse.up();
    await page.waitForTimeout(SETTLE_MS);
  }
  for (const delta of [-WHEEL_DELTA_PX, -WHEEL_DELTA_PX, WHEEL_DELTA_PX, WHEEL_DELTA_PX]) {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(SETTLE_MS);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __benchLongTasks: number[]; __benchObserver: PerformanceObserver };
    for (const entry of w.__benchObserver.takeRecords()) w.__benchLongTasks.push(entry.duration);
    w.__benchObserver.disconnect();
    return w.__benchLongTasks;
  });
}

/**
 * Clicks `selector` and returns, in ms, how long after the click the timeline's chart showed new counts (the first
 * DOM change after which its bars' totals differ from before the click: any earlier change of the chart that is
 * not the new histogram does not count) and how long the histogram's own computation took (its performance
 * measures until then, added up).
 */
export async function timeToTimeline(page: Page, selector: string, timeoutMs: number): Promise<{ redrawMs: number; computeMs: number }> {
  return page.evaluate(
    ({ selector, timeoutMs, measure }) =>
      new Promise<{ redrawMs: number; computeMs: number }>((resolve, reject) => {
        const input = document.querySelector<HTMLElement>(selector);
        const chart = document.querySelector('[data-testid="timeline-chart"]');
        if (!input || !chart) return reject(new Error(`Missing ${selector} or the timeline chart`));
        performance.clearMeasures(measure);
        const counted = (): number => {
          let sum = 0;
          for (const bar of chart.querySelectorAll('[data-testid="timeline-bin"]')) sum += Number(bar.getAttribute('data-total'));
          return sum;
        };
        const before = counted();
        let start = 0;
        const observer = new MutationObserver(() => {
          const redrawMs = performance.now() - start;
          if (counted() === before) return;
          observer.disconnect();
          clearTimeout(timer);
          const computeMs = performance.getEntriesByName(measure).reduce((sum, e) => sum + e.duration, 0);
          resolve({ redrawMs, computeMs });
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`The timeline did not change within ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(chart, { subtree: true, childList: true, attributes: true });
        start = performance.now();
        input.click();
      }),
    { selector, timeoutMs, measure: HISTOGRAM_MEASURE },
  );
}
