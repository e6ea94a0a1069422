/**
 * Hostile input in a real Chromium: article text with markup stays text, hostile URLs still open a working map,
 * and the server sends a Content-Security-Policy. No test here may ever see a dialog open.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useApp, waitForExplorer, type OpenedPage } from './helpers';

const HOSTILE_ARTICLE = 'hostile-2017';
const SCRIPT_TEXT = '<script>alert(1)</script>';
const IMG_TEXT = '<img src=x onerror=alert(2)>';
const LONG_QUERY_BYTES = 10_000;

/** URLs a stranger could send (label, path); each must open the ordinary working map. */
const HOSTILE_URLS: readonly [string, string][] = [
  ['NaN and out-of-range query numbers', '/?lat=NaN&zoom=999'],
  ['a garbage map hash', '/#map=abc/1000/-999'],
  ['unknown and repeated actors', '/?actor=unknown,isis&actor=sdf'],
  ['a 10 kB query', `/?actor=${'isis,'.repeat(LONG_QUERY_BYTES / 'isis,'.length)}`],
  ['a script tag as actor', `/?actor=${encodeURIComponent(SCRIPT_TEXT)}`],
  ['an attribute-breaking event id', `/?event=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`],
  ['path traversal in the place route', '/place/..%2F..%2Fetc%2Fpasswd'],
];

const app = useApp();

describe('hostile input in Chromium', () => {
  it('shows the hostile article’s markup as literal characters and runs none of it', async () => {
    const event = app().events.find((e) => e.properties.article === HOSTILE_ARTICLE);
    expect(event).toBeDefined();
    const opened = await openPage(app(), `/?event=${encodeURIComponent(event?.id ?? '')}`);
    const { page } = opened;
    await waitForExplorer(page);
    const provenance = page.getByTestId('provenance');
    await expect.poll(() => provenance.count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const text = await renderedText(page);
    expect(text).toContain(SCRIPT_TEXT);
    expect(text).toContain(IMG_TEXT);
    // The markup became text, not elements: no <img src="x"> and no script carrying the payload.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const payloadScripts = await page.locator('script').evaluateAll(
      (scripts) => scripts.filter((s) => /^\s*alert\(\d\)\s*$/.test(s.textContent ?? '')).length,
    );
    expect(payloadScripts).toBe(0);
    await screenshot(page, 'hostile-article');
    expectNoHarm(opened);
    await page.context().close();
  });

  it.each(HOSTILE_URLS)('opens a working map for %s', async (_label, url) => {
    const opened = await openPage(app(), url);
    const { page, response } = opened;
    expect(response).not.toBeNull();
    expect(response?.status() ?? 500).toBeLessThan(500);
    await waitForExplorer(page);
    await expect(page.locator('[data-testid="map"] .leaflet-container').count()).resolves.toBe(1);
    await expect(page.getByTestId('event-list').count()).resolves.toBe(1);
    const body = await renderedText(page);
    expect(body).not.toMatch(/Application error|Internal Server Error|could not be found/i);
    // Whatever the hash said, the map ends at a real view.
    const hash = await page.evaluate(() => location.hash);
    if (hash.startsWith('#map=')) {
      const [zoom, lat, lng] = hash.slice('#map='.length).split('/').map(Number);
      expect(zoom).toBeGreaterThanOrEqual(0);
      expect(Math.abs(lat ?? NaN)).toBeLessThanOrEqual(90);
      expect(Math.abs(lng ?? NaN)).toBeLessThanOrEqual(180);
    }
    await page.waitForLoadState('networkidle');
    if (url.includes('onerror')) await screenshot(page, 'hostile-url-event');
    expectNoHarm(opened);
    await page.context().close();
  });

  it('sends a Content-Security-Policy that forbids foreign and inline scripts on the map page and the place page', async () => {
    const nonces: string[] = [];
    for (const url of ['/', `/place/${encodeURIComponent('geonames:173480')}`]) {
      const response = await fetch(app().baseUrl + url);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).not.toMatch(/script-src[^;]*\*/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
      nonces.push(nonce);
      // Next's own inline scripts carry this response's nonce, so they run under the policy.
      expect(await response.text()).toContain(`nonce="${nonce}"`);
    }
    expect(new Set(nonces).size).toBe(nonces.length); // a fresh nonce per response
  });
});

/** The page's text as a reader gets it: every text node outside script, style and template elements. */
function renderedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('script, style, template, noscript')) parts.push(node.nodeValue ?? '');
    }
    return parts.join(' ');
  });
}

function expectNoHarm({ dialogs, pageErrors }: OpenedPage): void {
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
}
