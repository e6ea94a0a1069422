/** Where the event store lives: `--store FILE`, else STORE_PATH, else geodata/store.sqlite, resolved against cwd. */
import path from 'node:path';

export const DEFAULT_STORE_PATH = 'geodata/store.sqlite';

/**
 * The store file for a run.
 * @example resolveStorePath(null, { STORE_PATH: '/data/events.sqlite' }, '/app') // '/data/events.sqlite'
 */
export function resolveStorePath(flag: string | null | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const configured = flag?.trim() || env.STORE_PATH?.trim();
  return path.resolve(cwd, configured && configured.length > 0 ? configured : DEFAULT_STORE_PATH);
}
