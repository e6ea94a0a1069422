/**
 * "Add articles" in a real Chromium against its own server (it writes, so it gets a copy of the run's corpus):
 * paste the seed, drop two files, hostile uploads, writes from elsewhere refused.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../lib/e2e/browser';
import { sharedServer } from '../../lib/e2e/shared-server';
import { startServer, type RunningServer } from '../../lib/serve/next-app';
import { eventCollectionSchema } from '../../lib/geojson/schema';

const SEED = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'seeds', 'raqqa-2017.txt'), 'utf8');
const BOOT_TIMEOUT_MS = 10 * 60_000;
const MAPPED_TIMEOUT_MS = 30_000; // the first article also starts the pipeline thread and loads the gazetteer
const TEST_TIMEOUT_MS = 90_000;
const HOSTILE_TEXT =
  'Hostile markup\n\nSDF fighters clashed with ISIS militants in Raqqa on Monday, killing 12 people. ' +
  '<script>window.__pwned = 1; alert(1)</script>\n\n<img src=x onerror="window.__pwned = 2; alert(2)"> Hundreds of families fled Raqqa.';

let server: RunningServer;
let browser: Browser;
let corpusDir: string;
const eventsPath = (): string => path.join(corpusDir, 'events.geojson');
const articleIds = (): string[] => eventCollectionSchema.parse(JSON.parse(readFileSync(eventsPath(), 'utf8'))).articles.map((a) => a.id);

beforeAll(async () => {
  const shared = await sharedServer(inject('e2eRunId')); // builds the app once for the run, ingests the corpus
  corpusDir = mkdtempSync(path.join(tmpdir(), 'add-articles-'));
  cpSync(path.dirname(shared.eventsPath), corpusDir, { recursive: true });
  server = await startServer({ eventsPath: eventsPath() });
  browser = await launchChromium();
}, BOOT_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(corpusDir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  dialogs: string[];
  pageErrors: string[];
}

async function open(url: string, headers: Record<string, string> = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, extraHTTPHeaders: headers });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url + url, { waitUntil: 'load' });
  return { page, dialogs, pageErrors };
}

/** Waits until the side list's first row is an event of `articleId`, and returns every listed id. */
async function waitForArticleEvents(page: Page, articleId: string): Promise<string[]> {
  const prefix = `event:${articleId}:`;
  await page.waitForFunction(
    (p) => document.querySelector('[data-testid="event-item"]')?.getAttribute('data-event-id')?.startsWith(p) === true,
    prefix,
    { timeout: MAPPED_TIMEOUT_MS },
  );
  return page.locator('[data-testid="event-item"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-event-id') ?? ''));
}

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Add articles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add articles' });
  await expect.poll(() => dialog.getByRole('button', { name: 'Add', exact: true }).isEnabled()).toBe(true);
  return dialog;
}

/** Status code of a JSON POST to /api/articles with a Host header naming another machine. */
function postWithHost(host: string, body: string): Promise<number> {
  const url = new URL(`${server.url}/api/articles`);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { host, 'content-type': 'application/json' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Drops files on the drop zone the way a browser does: a drop event carrying a DataTransfer of File objects. */
async function dropFiles(page: Page, files: { name: string; text?: string; bytes?: number[]; repeat?: number }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const body = f.bytes ? new Uint8Array(f.bytes) : (f.text ?? '').repeat(f.repeat ?? 1);
      dt.items.add(new File([body], f.name));
    }
    return dt;
  }, files);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

describe('adding articles from the browser', () => {
  it('maps a pasted article: its events alone on the map and in the list, the URL on ?article=', async () => {
    const { page, dialogs, pageErrors } = await open('/');
    const dialog = await openDialog(page);
    await dialog.getByLabel('Article text').fill(SEED);
    await dialog.getByLabel('Title').fill('Raqqa pasted');
    await dialog.getByLabel('Date').fill('2017-10-17');
    await dialog.getByLabel('Source').fill('https://example.org/raqqa');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForURL(/[?&]article=raqqa-pasted(&|$|#)/, { timeout: MAPPED_TIMEOUT_MS });
    const listed = await waitForArticleEvents(page, 'raqqa-pasted');
    const written = eventCollectionSchema.parse(JSON.parse(readFileSync(eventsPath(), 'utf8')));
    const expected = written.features.filter((f) => f.properties.kind === 'event' && f.properties.article === 'raqqa-pasted');
    expect(expected.length).toBeGreaterThan(0);
    expect(listed.toSorted()).toEqual(expected.map((f) => String(f.id)).toSorted());
    await expect.poll(() => page.getByTestId('article-filter').textContent()).toContain('Raqqa pasted');
    expect(written.articles.find((a) => a.id === 'raqqa-pasted')).toMatchObject({ date: '2017-10-17', source: 'https://example.org/raqqa' });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, TEST_TIMEOUT_MS);

  it('maps two dropped files, a Markdown article and an HTML page, with progress for each', async () => {
    const { page, pageErrors } = await open('/');
    const dialog = await openDialog(page);
    await dropFiles(page, [
      { name: 'kobani.md', text: '---\ntitle: Kobani\ndate: 2015-01-26\n---\nKurdish YPG fighters clashed with Islamic State militants in Kobani on Monday, killing 12 people, officials said.\n' },
      { name: 'aleppo.html', text: '<html><head><title>Aleppo</title></head><body><nav>Home</nav><article><p>Government forces shelled Aleppo on Tuesday, residents said.</p></article></body></html>' },
    ]);
    await expect.poll(() => dialog.textContent()).toContain('kobani.md, aleppo.html');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForURL(/[?&]article=kobani(&|$|#)/, { timeout: MAPPED_TIMEOUT_MS });
    await waitForArticleEvents(page, 'kobani');
    expect(articleIds()).toEqual(expect.arrayContaining(['kobani', 'aleppo']));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, TEST_TIMEOUT_MS);

  it('runs nothing of a hostile article and refuses binary and oversized files with a clear reason', async () => {
    const before = articleIds();
    const { page, dialogs, pageErrors } = await open('/');
    const dialog = await openDialog(page);
    await dialog.getByLabel('Article text').fill(HOSTILE_TEXT);
    await dropFiles(page, [
      { name: 'page.html', text: `<html><body><article><p>${HOSTILE_TEXT}</p></article><script>window.__pwned = 3</script></body></html>` },
      { name: 'photo.txt', bytes: [0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a] },
      { name: 'huge.txt', text: 'Raqqa. ', repeat: 300_000 },
    ]);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const jobs = dialog.getByRole('list', { name: 'Progress' });
    await expect.poll(() => jobs.textContent(), { timeout: MAPPED_TIMEOUT_MS }).toMatch(/pasted text: mapped/);
    await expect.poll(() => jobs.textContent(), { timeout: MAPPED_TIMEOUT_MS }).toMatch(/page\.html: mapped/);
    const progress = (await jobs.textContent()) ?? '';
    expect(progress).toMatch(/photo\.txt: error: binary file/);
    expect(progress).toMatch(/huge\.txt: error: too large: 2\.0 MB is over the 2\.0 MB article size limit/);
    // only the two good ones were added
    expect(articleIds().filter((id) => !before.includes(id)).toSorted()).toEqual(['hostile-markup', 'page']);
    expect(readFileSync(path.join(corpusDir, 'articles', 'hostile-markup.txt'), 'utf8')).toContain('<script>');

    // The provenance of one of its events shows the markup as characters; nothing of it runs.
    const collection = eventCollectionSchema.parse(JSON.parse(readFileSync(eventsPath(), 'utf8')));
    const event = collection.features.find((f) => f.properties.kind === 'event' && f.properties.article === 'hostile-markup');
    expect(event).toBeDefined();
    await page.goto(`${server.url}/?event=${encodeURIComponent(String(event?.id))}`);
    await expect.poll(() => page.getByTestId('provenance').textContent(), { timeout: MAPPED_TIMEOUT_MS }).toContain('<script>window.__pwned');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, TEST_TIMEOUT_MS);

  it('refuses writes from another site or another machine, and the panel says adding is disabled', async () => {
    const before = readFileSync(eventsPath(), 'utf8');
    const body = JSON.stringify({ text: 'Fighting in Raqqa on Monday.' });
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/articles`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
    const crossSite = await post({ origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { error: string }).error).toMatch(/Cross-site/);
    expect(await postWithHost('explorer.example.org', body)).toBe(403); // fetch cannot forge Host; node:http can
    const forwarded = await post({ 'x-forwarded-for': '203.0.113.7' });
    expect(forwarded.status).toBe(403);
    const remove = await fetch(`${server.url}/api/articles/raqqa-2017`, { method: 'DELETE', headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(remove.status).toBe(403);
    expect(readFileSync(eventsPath(), 'utf8')).toBe(before);

    const { page } = await open('/', { 'x-forwarded-for': '203.0.113.7' });
    await page.getByRole('button', { name: 'Add articles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add articles' });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/Adding articles is disabled/);
    expect(await dialog.getByRole('button', { name: 'Add', exact: true }).isDisabled()).toBe(true);
    await page.context().close();
  }, TEST_TIMEOUT_MS);

  it('gives an article its page: text with linked place mentions, a small map, Open Graph tags, and Remove', async () => {
    const { page, dialogs, pageErrors } = await open('/article/raqqa-pasted');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Raqqa pasted');
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toMatch(/^\d+ events? /);
    const mentions = page.getByTestId('article-text').locator('a.mention');
    expect(await mentions.count()).toBeGreaterThan(0);
    expect(await mentions.first().getAttribute('href')).toMatch(/^\/place\//);
    // the body as pasted: the front matter made of the Title, Date and Source fields is shown as metadata instead
    expect(await page.getByTestId('article-text').textContent()).toBe(SEED.trimStart());
    const collection = eventCollectionSchema.parse(JSON.parse(readFileSync(eventsPath(), 'utf8')));
    const events = collection.features.filter((f) => f.properties.kind === 'event' && f.properties.article === 'raqqa-pasted');
    await expect.poll(() => page.getByTestId('article-map').locator('path.leaflet-interactive').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove article' }).click();
    await page.waitForURL(`${server.url}/`);
    expect(articleIds()).not.toContain('raqqa-pasted');
    expect(events.length).toBeGreaterThan(0);
    const after = eventCollectionSchema.parse(JSON.parse(readFileSync(eventsPath(), 'utf8')));
    expect(after.features.some((f) => f.properties.kind !== 'place' && f.properties.article === 'raqqa-pasted')).toBe(false);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, TEST_TIMEOUT_MS);
});
