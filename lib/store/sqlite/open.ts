/**
 * Opening an SQLite store file: create it when new, migrate it when older, and refuse — with one line that says
 * what to do, never a stack trace — a newer store, another program's database, or a file that is no database.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { StoreOpenError } from '../types';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema';

export interface OpenOptions {
  /** fail instead of creating a new store when the file is missing (the server: a missing store is an error) */
  mustExist?: boolean;
  /** migrate only up to this version (tests build an older store with it) */
  targetVersion?: number;
}

/** How long a writer waits for another process's transaction before giving up, in milliseconds. */
const BUSY_TIMEOUT_MS = 30_000;
/**
 * SQLite's page cache, in KiB (negative in the pragma); its default of 2 MiB made every facet count at a million
 * events re-read the file: 3.4 s → 1.0 s for the actor facet with this and the mapping below (bench:store, 1M).
 */
const CACHE_KIB = 128 * 1024;
/** bytes of the file read through mmap instead of copies into the cache (pages count in RSS once touched) */
const MMAP_BYTES = 1024 * 1024 * 1024;


/**
 * Opens (creating or migrating as needed) the store file at `file`; throws StoreOpenError with a clear reason.
 * @example const db = openDatabase('geodata/store.sqlite');
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const target = options.targetVersion ?? SCHEMA_VERSION;
  const exists = existsSync(file);
  if (!exists && options.mustExist) {
    throw new StoreOpenError(file, 'the file does not exist; run `npm run ingest` to create it');
  }
  if (exists && statSync(file).isDirectory()) throw new StoreOpenError(file, 'it is a folder, not a file');
  if (!exists) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw new StoreOpenError(file, describeSqliteError(error));
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    checkOwner(db, file);
    db.pragma('journal_mode = WAL'); // readers (the server) never block the ingest, nor it them
    db.pragma('synchronous = NORMAL'); // WAL keeps the file consistent on a crash; only the last commit may be lost on power loss
    db.pragma('foreign_keys = OFF');
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    migrate(db, file, target);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(file, describeSqliteError(error));
  }
}

/** One line for an SQLite error: corrupt and foreign files are named as such. */
export function describeSqliteError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') return 'it is not an SQLite database (a corrupt store, or another kind of file)';
  if (code === 'SQLITE_CORRUPT') return `the database is corrupt (${message}); remove it and run \`npm run ingest\` again`;
  if (code === 'SQLITE_CANTOPEN') return `cannot open the file (${message})`;
  if (code === 'SQLITE_READONLY') return 'the file is read-only';
  if (code === 'SQLITE_BUSY') return 'another process holds the store locked';
  return message.split('\n')[0] ?? message;
}

function checkOwner(db: Db, file: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (applicationId === APPLICATION_ID) {
    if (version > SCHEMA_VERSION) {
      throw new StoreOpenError(
        file,
        `it was written by a newer version of this program (schema ${version}; this one knows up to ${SCHEMA_VERSION}); update the program, or ingest into a new store`,
      );
    }
    return;
  }
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { n: number };
  if (applicationId !== 0 || version !== 0 || tables.n > 0) {
    throw new StoreOpenError(file, 'it is an SQLite database of another program, not an event store; choose another path (--store or STORE_PATH)');
  }
}

/** Applies the migrations after the file's version, each in its own transaction; re-read under the write lock. */
function migrate(db: Db, file: string, target: number): void {
  const pending = (): number => db.pragma('user_version', { simple: true }) as number;
  if (pending() >= target) return;
  const step = db.transaction(() => {
    const from = pending();
    if (from === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of MIGRATIONS) {
      if (migration.version <= from || migration.version > target) continue;
      try {
        migration.up(db);
      } catch (error) {
        throw new StoreOpenError(file, `migration ${migration.version} (${migration.describe}) failed: ${describeSqliteError(error)}`);
      }
      db.pragma(`user_version = ${migration.version}`);
    }
  });
  // immediate: two processes opening one new file at once take turns instead of both creating the tables
  step.immediate();
}
