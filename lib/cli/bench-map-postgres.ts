/**
 * `npm run bench:map -- --store postgres`: the page served from the PostgreSQL database DATABASE_URL names (loaded
 * by `npm run bench:store -- --count N --store postgres`). The server inherits DATABASE_URL, so its /api/store
 * endpoints read that database; with no events file beside it the page is in store mode whatever the count.
 */
import { describeUrl, openPostgresStore } from '../store/postgres/index';
import { NO_FILTER } from '../store/types';

/** --store's value that names the database DATABASE_URL gives instead of an SQLite file */
export const POSTGRES_STORE = 'postgres';

export interface PostgresCorpus {
  /** the database, without its password */
  where: string;
  events: number;
  /** events the actor filter keeps */
  filtered: number;
}

/**
 * The database's event count and the actor filter's, or an Error saying what is missing.
 * @example const corpus = await postgresCorpus('isis'); if (!(corpus instanceof Error)) corpus.events
 */
export async function postgresCorpus(actor: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<PostgresCorpus | Error> {
  const url = (env.DATABASE_URL ?? '').trim();
  if (url === '') return new Error('--store postgres needs DATABASE_URL=postgres://… (a database loaded by `npm run bench:store -- --store postgres`)');
  const store = await openPostgresStore(url, { maxConnections: 1 });
  try {
    const events = (await store.counts()).events;
    if (events === 0) return new Error(`${describeUrl(url)} holds no events; load it with \`npm run bench:store -- --count N --store postgres\``);
    return { where: describeUrl(url), events, filtered: (await store.facets({ ...NO_FILTER, actors: [actor] })).total };
  } finally {
    await store.close();
  }
}
