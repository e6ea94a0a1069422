/**
 * In-page measurements for the map benchmark. Times are the page's own `performance.now()` (ms since navigation
 * start), taken at the moment the explorer sets its flags, so polling from the test driver adds nothing to them.
 */
import type { Page } from 'playwright-core';

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
 * Clicks `selector` and returns ms until both the map re-rendered (next __explorerRenders write) and the event
 * count shows `expectedCount`.
 */
export async function timeToFilter(page: Page, selector: string, expectedCount: number, timeoutMs: number): Promise<number> {
  return page.evaluate(
    ({ selector, expectedCount, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const w = window as unknown as { __benchRenderTimes: number[] };
        const input = document.querySelector<HTMLElement>(selector);
        const count = document.querySelector('[data-testid="event-count"]');
        if (!input || !count) return reject(new Error(`Missing ${input ? '[data-testid="event-count"]' : selector}`));
        const digits = (): number => Number((count.textContent ?? '').replace(/\D+/g, ''));
        const rendersBefore = w.__benchRenderTimes.length;
        let listAt: number | null = null;
        const observer = new MutationObserver(() => {
          if (listAt === null && digits() === expectedCount) listAt = performance.now();
          check();
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`No update within ${timeoutMs} ms (count now "${count.textContent}")`));
        }, timeoutMs);
        const check = (): void => {
          const renderAt = w.__benchRenderTimes[rendersBefore];
          if (listAt === null || renderAt === undefined) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(Math.max(listAt, renderAt) - start);
        };
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const poll = (): void => {
          if (listAt === null && digits() === expectedCount) listAt = performance.now();
          check();
          if (w.__benchRenderTimes.length === rendersBefore || listAt === null) requestAnimationFrame(poll);
        };
        const start = performance.now();
        input.click();
        requestAnimationFrame(poll);
      }),
    { selector, expectedCount, timeoutMs },
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
