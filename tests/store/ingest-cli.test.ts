/**
 * `npm run ingest` into the store, through the real CLI in a subprocess: the store holds what the GeoJSON holds,
 * an ingest killed halfway leaves every article whole or absent, two ingests at once both land, a broken store
 * file is one line, and broken front matter keeps the article.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '@/lib/store/sqlite/index';
import { ROOT, readOutput, runCli, spawnIngest } from '../ingest/cli-helpers';

const SEED = path.join(ROOT, 'seeds/raqqa-2017.txt');
const SEED_TEXT = readFileSync(SEED, 'utf8');
const SLOW_MS = 240_000;
/** the golden seed article's counts (tests/fixtures/ingest/out/raqqa-2017.geojson) */
const SEED_EVENTS = 12;
const SEED_ROUTES = 2;

const work = mkdtempSync(path.join(tmpdir(), 'store-ingest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `count` copies of the seed article under `dir`, named `<prefix>-<n>.txt`. */
function copies(dir: string, prefix: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `${prefix}-${String(i).padStart(5, '0')}.txt`), SEED_TEXT);
  return dir;
}

/** Every article in the store is whole: the seed's events and routes, its mentions, nothing pointing nowhere. */
function checkWhole(file: string): { articles: number } {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    const articles = n('SELECT count(*) AS n FROM articles');
    expect(n('SELECT count(*) AS n FROM events')).toBe(articles * SEED_EVENTS);
    expect(n('SELECT count(*) AS n FROM routes')).toBe(articles * SEED_ROUTES);
    expect(n('SELECT count(*) AS n FROM events WHERE article_key NOT IN (SELECT key FROM articles)')).toBe(0);
    expect(n('SELECT count(*) AS n FROM mentions WHERE article_key NOT IN (SELECT key FROM articles)')).toBe(0);
    expect(n('SELECT count(*) AS n FROM events_rtree')).toBe(articles * SEED_EVENTS);
    expect(n("SELECT count(*) AS n FROM events_fts WHERE events_fts MATCH 'Raqqa'")).toBeGreaterThanOrEqual(articles);
    const perArticle = db.prepare('SELECT count(*) AS n FROM events GROUP BY article_key HAVING n <> ?').all(SEED_EVENTS);
    expect(perArticle).toEqual([]);
    return { articles };
  } finally {
    db.close();
  }
}

function articleCount(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet
  }
}

describe('npm run ingest into the store', () => {
  it('holds exactly what the GeoJSON of the same run holds, and --remove takes an article out', () => {
    const store = path.join(work, 'same.sqlite');
    const out = path.join(work, 'same.geojson');
    const folder = path.join(work, 'same');
    mkdirSync(path.join(folder, '2017'), { recursive: true });
    copyFileSync(SEED, path.join(folder, '2017', 'raqqa.txt'));
    writeFileSync(path.join(folder, 'front.md'), `---\ntitle: Convoy leaves Raqqa\ndate: 2017-10-15\n---\n${SEED_TEXT}`);
    const run = runCli(['--store', store, '--out', out, folder]);
    expect(run.status).toBe(0);
    const written = readOutput(out);
    const opened = openSqliteStore(store);
    const exported = opened.exportCollection({ actors: [], types: [], from: null, to: null, background: true });
    expect(JSON.stringify(exported.features)).toBe(JSON.stringify(written.features));
    expect(exported.articles.map((a) => a.id)).toEqual(['2017/raqqa', 'front']);
    opened.close();
    const removed = runCli(['--store', store, '--remove', '2017/raqqa']);
    expect(removed.status).toBe(0);
    expect(removed.stderr).toContain('removed 2017/raqqa');
    const after = openSqliteStore(store);
    expect(after.counts()).toMatchObject({ articles: 1, events: SEED_EVENTS, routes: SEED_ROUTES });
    after.close();
    const again = runCli(['--store', store, '--remove', '2017/raqqa']);
    expect(again.status).toBe(1);
    expect(again.problemLines).toEqual([expect.stringContaining('2017/raqqa: no such article')]);
  }, SLOW_MS);

  it('leaves every article whole or absent when the process is killed halfway', async () => {
    const store = path.join(work, 'killed.sqlite');
    const before = copies(path.join(work, 'before'), 'before', 1);
    expect(runCli(['--store', store, '--out', path.join(work, 'before.geojson'), before]).status).toBe(0);
    const many = copies(path.join(work, 'many'), 'many', 1500);
    const { child, exited } = spawnIngest(['--store', store, '--out', path.join(work, 'many.geojson'), many]);
    // kill it once some articles are in (its first batch): it is then between batches, or inside one's transaction
    const deadline = Date.now() + SLOW_MS / 2;
    while (articleCount(store) < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    const result = await exited;
    expect(result.signal).toBe('SIGKILL');
    const { articles } = checkWhole(store);
    expect(articles).toBeGreaterThan(1);
    expect(articles).toBeLessThan(1501); // killed before the end
    // the article from before the killed run is untouched, and the store opens and takes writes again
    const reopened = openSqliteStore(store);
    expect(reopened.article('before-00000')).not.toBeNull();
    expect(reopened.removeArticle('before-00000')).toBe(true);
    reopened.close();
  }, SLOW_MS);

  it('lets two ingests into one store run at once without losing or mixing an article', async () => {
    const store = path.join(work, 'two.sqlite');
    const a = spawnIngest(['--store', store, '--out', path.join(work, 'a.geojson'), copies(path.join(work, 'a'), 'a', 150)]);
    const b = spawnIngest(['--store', store, '--out', path.join(work, 'b.geojson'), copies(path.join(work, 'b'), 'b', 150)]);
    const [ra, rb] = await Promise.all([a.exited, b.exited]);
    expect([ra.code, rb.code, ra.stderr.match(/not written/), rb.stderr.match(/not written/)]).toEqual([0, 0, null, null]);
    expect(checkWhole(store).articles).toBe(300);
  }, SLOW_MS);

  it('takes --workers 2 into one SQLite file, the workers taking turns to write: every article once and whole', async () => {
    const store = path.join(work, 'workers.sqlite');
    const run = await spawnIngest(['--workers', '2', '--store', store, copies(path.join(work, 'workers'), 'w', 120)]).exited;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/ingest: 120 articles → .*workers\.sqlite by 2 workers in [\d.]+ s/);
    expect(checkWhole(store).articles).toBe(120);
  }, SLOW_MS);

  it('says in one line that a corrupt store cannot be opened, and writes nothing', () => {
    const store = path.join(work, 'corrupt.sqlite');
    writeFileSync(store, 'SQLite format 3\u0000'.padEnd(8192, 'x'));
    const run = runCli(['--store', store, '--out', path.join(work, 'corrupt.geojson'), SEED]);
    expect(run.status).toBe(1);
    expect(run.problemLines).toHaveLength(1);
    expect(run.problemLines[0]).toMatch(/^ingest: cannot open the event store .*corrupt.sqlite: .*(corrupt|not an SQLite database)/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, SLOW_MS);

  it('keeps an article with broken front matter, naming the ignored fields in one warning line', () => {
    const store = path.join(work, 'front.sqlite');
    const folder = path.join(work, 'front');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'bad-date.md'), `---\ntitle: Convoy leaves Raqqa\ndate: 17 October 2017\n---\n${SEED_TEXT}`);
    const run = runCli(['--store', store, '--out', path.join(work, 'front.geojson'), folder]);
    expect(run.status).toBe(0);
    expect(run.problemLines).toEqual([expect.stringMatching(/bad-date\.md: warning: ignored front matter fields: date \(date is not YYYY-MM-DD.*kept the text/)]);
    const opened = openSqliteStore(store);
    expect(opened.article('bad-date')).toMatchObject({ title: 'Convoy leaves Raqqa', date: null });
    expect(opened.counts().events).toBe(SEED_EVENTS);
    opened.close();
  }, SLOW_MS);
});
