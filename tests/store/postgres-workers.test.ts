/**
 * Several writers into one PostgreSQL store through the real CLI (`npm run ingest` with DATABASE_URL): `--workers N`
 * processes, two such runs on overlapping folders at once, and runs killed with SIGKILL mid-way. Every article in
 * the store must be whole: its events, mentions, places, routes and actors counted exactly as a clean
 * single-process ingest of the same files counts them. Needs TEST_DATABASE_URL, like ./postgres.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, spawnIngest } from '../ingest/cli-helpers';
import { testDatabaseUrl } from './test-database';

const url = testDatabaseUrl('postgres ingest-worker tests');
const SLOW_MS = 300_000;
/** articles in the folder the killed runs ingest: enough that a run is still going when it is killed */
const KILLED_ARTICLES = 400;
/** articles a killed run must have committed before it is killed */
const KILL_AFTER_ARTICLES = 25;
/** how long a killed run's workers may take to notice and stop, milliseconds (under a worker's progress-line interval) */
const WORKERS_STOP_MS = 1000;
/** PostgreSQL's error code for a table that does not exist */
const UNDEFINED_TABLE = '42P01';

if (url !== undefined) {
  const databaseUrl = url;
  const admin = new pg.Client({ connectionString: databaseUrl });
  const databases: string[] = [];
  const work = mkdtempSync(path.join(tmpdir(), 'pg-workers-'));
  const paragraphs = readFileSync(path.join(ROOT, 'seeds/raqqa-2017.txt'), 'utf8').split(/\n\n+/);

  /** A new, empty database; its URL. */
  const freshDatabase = async (): Promise<string> => {
    const name = `ingest_workers_${process.pid}_${databases.length}`;
    databases.push(name);
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const target = new URL(databaseUrl);
    target.pathname = `/${name}`;
    return target.toString();
  };

  /**
   * Articles `from`..`to`-1 under `dir`: article n is the seed's first 3 + n mod 16 paragraphs, so articles differ
   * in how many events, places and routes they hold, and the same n is the same article in every folder.
   */
  const folder = (name: string, from: number, to: number): string => {
    const dir = path.join(work, name);
    mkdirSync(dir, { recursive: true });
    for (let n = from; n < to; n++) {
      writeFileSync(path.join(dir, `a${String(n).padStart(4, '0')}.txt`), paragraphs.slice(0, 3 + (n % 16)).join('\n\n'));
    }
    return dir;
  };

  beforeAll(async () => {
    await admin.connect();
  });
  afterAll(async () => {
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  });

  /** Each article's rows, counted: `id events mentions places routes actors`, sorted by id. */
  const perArticle = async (target: string): Promise<string[]> => {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      const { rows } = await client.query<{ row: string }>(`
        SELECT a.id || ' ' ||
          (SELECT count(*) FROM events e WHERE e.article_key = a.key) || ' ' ||
          (SELECT count(*) FROM mentions m WHERE m.article_key = a.key) || ' ' ||
          (SELECT count(DISTINCT m.place_key) FROM mentions m WHERE m.article_key = a.key) || ' ' ||
          (SELECT count(*) FROM routes r WHERE r.article_key = a.key) || ' ' ||
          (SELECT count(*) FROM event_actors ea JOIN events e ON e.key = ea.event_key WHERE e.article_key = a.key) AS row
        FROM articles a ORDER BY a.id`);
      return rows.map((r) => r.row);
    } finally {
      await client.end();
    }
  };

  const articleCount = async (target: string): Promise<number> => {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
      return rows[0]?.n ?? 0;
    } catch (error) {
      // before the first worker has migrated the database there is no table yet
      if ((error as { code?: unknown }).code === UNDEFINED_TABLE) return 0;
      throw error;
    } finally {
      await client.end();
    }
  };

  /** The store's rows after one clean ingest of `dir` in one process, one thread (once per folder). */
  const references = new Map<string, Promise<string[]>>();
  const reference = (dir: string): Promise<string[]> => {
    const known = references.get(dir) ?? cleanIngest(dir);
    references.set(dir, known);
    return known;
  };
  const cleanIngest = async (dir: string): Promise<string[]> => {
    const target = await freshDatabase();
    const run = await spawnIngest(['--workers', '1', dir], { DATABASE_URL: target }).exited;
    expect(run.code, run.stderr).toBe(0);
    return perArticle(target);
  };

  /** Starts an ingest, waits until `atLeast` articles are committed, kills it with SIGKILL; the processes it had started. */
  const killMidRun = async (args: string[], target: string, atLeast: number): Promise<number[]> => {
    const { child, exited } = spawnIngest(args, { DATABASE_URL: target });
    const deadline = Date.now() + SLOW_MS / 2;
    while ((await articleCount(target)) < atLeast && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const children = childProcesses(child.pid ?? 0);
    child.kill('SIGKILL');
    const result = await exited;
    expect(result.signal).toBe('SIGKILL');
    return children;
  };

  describe('npm run ingest --workers N into PostgreSQL', () => {
    it('writes with two workers exactly the rows one process writes', async () => {
      const dir = folder('both', 0, 60);
      const expected = await reference(dir);
      expect(expected).toHaveLength(60);
      const target = await freshDatabase();
      const run = await spawnIngest(['--workers', '2', dir], { DATABASE_URL: target }).exited;
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/ingest: 60 articles → postgres:\/\/.* by 2 workers in [\d.]+ s/);
      expect(await perArticle(target)).toEqual(expected);
    }, SLOW_MS);

    it('leaves one copy of each article when two --workers 2 runs ingest overlapping folders at once', async () => {
      // 40 articles (a0040..a0079) are given to a worker of each run
      const expected = await reference(folder('union', 0, 120));
      const target = await freshDatabase();
      const env = { DATABASE_URL: target };
      const first = spawnIngest(['--workers', '2', folder('first', 0, 80)], env);
      const second = spawnIngest(['--workers', '2', folder('second', 40, 120)], env);
      const runs = await Promise.all([first.exited, second.exited]);
      expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('\n')).toEqual([0, 0]);
      expect(await perArticle(target)).toEqual(expected);
    }, SLOW_MS);

    it('leaves every article whole or absent when a single ingest is killed with SIGKILL mid-run', async () => {
      const dir = folder('killed', 0, KILLED_ARTICLES);
      const expected = new Set(await reference(dir));
      const target = await freshDatabase();
      await killMidRun(['--workers', '1', dir], target, KILL_AFTER_ARTICLES);
      const left = await perArticle(target);
      expect(left.length).toBeGreaterThanOrEqual(KILL_AFTER_ARTICLES);
      expect(left.length).toBeLessThan(KILLED_ARTICLES);
      expect(left.filter((row) => !expected.has(row))).toEqual([]);
      // the store takes the rest afterwards: a second run completes it
      const again = await spawnIngest(['--workers', '2', dir], { DATABASE_URL: target }).exited;
      expect(again.code, again.stderr).toBe(0);
      expect(await perArticle(target)).toEqual([...expected]);
    }, SLOW_MS);

    it('stops every worker, leaving whole articles only, when the --workers 2 run is killed with SIGKILL', async () => {
      const dir = folder('killed', 0, KILLED_ARTICLES);
      const expected = new Set(await reference(dir));
      const target = await freshDatabase();
      const workers = await killMidRun(['--workers', '2', dir], target, KILL_AFTER_ARTICLES);
      expect(workers).toHaveLength(2);
      // the workers notice their parent is gone and stop at once, and the count then stays still
      await new Promise((r) => setTimeout(r, WORKERS_STOP_MS));
      expect(workers.filter(isRunning)).toEqual([]);
      const settled = await articleCount(target);
      await new Promise((r) => setTimeout(r, WORKERS_STOP_MS));
      expect(await articleCount(target)).toBe(settled);
      const left = await perArticle(target);
      expect(left.length).toBeLessThan(KILLED_ARTICLES);
      expect(left.filter((row) => !expected.has(row))).toEqual([]);
    }, SLOW_MS);
  });
}

/** The processes `pid` has started (Linux: /proc). */
function childProcesses(pid: number): number[] {
  return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter((word) => word !== '').map(Number);
}

/** True while `pid` is a live process (not gone, not a zombie). */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
