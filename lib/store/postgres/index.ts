/**
 * The PostgreSQL + PostGIS engine: an AsyncEventStore on a database server (node-postgres pool), so several ingest
 * workers can write to one database that the map reads. Opening it migrates the schema (./schema.ts) under an
 * advisory lock, so workers starting at once take turns; a newer schema or an unreachable server is one line
 * (StoreOpenError), never a stack trace.
 */
import pg from 'pg';
import { StoreOpenError, type AsyncEventStore } from '../types';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from './schema';
import { actors, articleById, counts, dateCounts, eventById, exportCollection, facets, listPage, matchingIds, placeById, routesInView, search, view } from './read';
import { removeArticle, upsertArticle, upsertArticles } from './write';

export interface PgOpenOptions {
  /** the PostgreSQL schema (namespace) the store's tables live in; default `public` (tests use one each) */
  schema?: string;
  /** connections at most (default 4: one per ingest worker and a few readers) */
  maxConnections?: number;
  /** answer from the pre-aggregated counts where they are exact (default true; false: base tables only, for tests) */
  aggregates?: boolean;
}

/**
 * Opens the store at `url` (postgres://user:password@host:port/database), creating or migrating its tables.
 * @example const store = await openPostgresStore(process.env.DATABASE_URL!); (await store.counts()).events
 */
export async function openPostgresStore(url: string, options: PgOpenOptions = {}): Promise<AsyncEventStore> {
  const schema = options.schema ?? 'public';
  const where = describeUrl(url);
  if (!SCHEMA_NAME.test(schema)) throw new StoreOpenError(where, `the schema name ${JSON.stringify(schema)} is not a plain lower-case identifier`);
  // public stays on the path after the store's schema: PostGIS and unaccent live there.
  const searchPath = schema === 'public' ? 'public' : `${schema},public`;
  const settings = [`search_path=${searchPath}`, ...SESSION_SETTINGS].map((s) => `-c ${s}`).join(' ');
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? DEFAULT_CONNECTIONS, options: settings });
  pool.on('error', () => undefined); // an idle connection dropped by the server: the next query reconnects
  try {
    await migrate(pool, schema, where);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(where, describePgError(error));
  }
  const read = { aggregates: options.aggregates ?? true };
  return {
    upsertArticle: (bundle) => upsertArticle(pool, bundle),
    upsertArticles: (bundles) => upsertArticles(pool, bundles),
    removeArticle: (id) => removeArticle(pool, id),
    view: (bounds, zoom, filter, viewOptions) => view(pool, bounds, zoom, filter, viewOptions, read),
    facets: (filter, bounds) => facets(pool, filter, bounds ?? null, read),
    listPage: (filter, offset, limit, bounds) => listPage(pool, filter, offset, limit, bounds ?? null, read),
    actors: () => actors(pool, read),
    dateCounts: (filter, bounds) => dateCounts(pool, filter, bounds ?? null, read),
    routesInView: (bounds, filter, limit) => routesInView(pool, bounds, filter, limit),
    search: (q, limit) => search(pool, q, limit),
    matchingIds: (filter, limit) => matchingIds(pool, filter, limit),
    article: (id) => articleById(pool, id),
    place: (id) => placeById(pool, id),
    event: (id) => eventById(pool, id),
    exportCollection: (filter) => exportCollection(pool, filter),
    counts: () => counts(pool, read),
    schemaVersion: async () => appliedVersion(pool),
    close: () => pool.end(),
  };
}

/**
 * The URL without its password, to name the store in messages.
 * @example describeUrl('postgres://me:secret@db:5432/events') // 'postgres://me@db:5432/events'
 */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'the database (its URL does not parse)';
  }
}

// --- private helpers ---

const DEFAULT_CONNECTIONS = 4;
/**
 * Each connection's settings. The page asks five questions at once and each should take milliseconds, so none is
 * worth a parallel plan (waiting for its workers to start took 95 – 130 ms of a 12 ms list page at 117k events,
 * load 6) or JIT compilation (on by default for a plan costing over 100,000, which a base-table count at 1M does).
 */
const SESSION_SETTINGS = ['max_parallel_workers_per_gather=0', 'jit=off'];
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** 'GEOE': the advisory lock key every migrating process takes (the SQLite engine's application id) */
const MIGRATION_LOCK = 0x47454f45;

async function migrate(pool: pg.Pool, schema: string, where: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public');
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public');
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.store_migrations (
      version integer PRIMARY KEY, describe text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const from = (await client.query<{ v: number }>(`SELECT coalesce(max(version), 0)::int AS v FROM ${schema}.store_migrations`)).rows[0]?.v ?? 0;
    if (from > PG_SCHEMA_VERSION) {
      throw new StoreOpenError(
        where,
        `it was written by a newer version of this program (schema ${from}; this one knows up to ${PG_SCHEMA_VERSION}); update the program, or use another database`,
      );
    }
    for (const migration of PG_MIGRATIONS) {
      if (migration.version <= from) continue;
      try {
        await client.query(migration.sql);
      } catch (error) {
        throw new StoreOpenError(where, `migration ${migration.version} (${migration.describe}) failed: ${describePgError(error)}`);
      }
      await client.query(`INSERT INTO ${schema}.store_migrations (version, describe) VALUES ($1, $2)`, [migration.version, migration.describe]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function appliedVersion(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ v: number }>('SELECT coalesce(max(version), 0)::int AS v FROM store_migrations');
  return rows[0]?.v ?? 0;
}

/** One line for a connection or server error. */
function describePgError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED') return 'no PostgreSQL server answers there (is it running?)';
  if (code === '3D000') return `${message}; create it first (createdb)`;
  if (code === '28P01' || code === '28000') return `the server refused the login (${message})`;
  return message.split('\n')[0] ?? message;
}
