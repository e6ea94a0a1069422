/** Reads and validates the events file for the explorer page; a missing or invalid file is a result, not a throw. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eventCollectionSchema } from '../geojson/schema';
import { toExplorerData } from './to-explorer-data';
import type { LoadResult } from './types';

export const DEFAULT_EVENTS_PATH = 'geodata/events.geojson';
const MAX_ISSUES_SHOWN = 5; // validation issues quoted on the empty-state page

/**
 * The events file to serve: `EVENTS_PATH` when set, else geodata/events.geojson, resolved against `cwd`.
 * @example resolveEventsPath({ EVENTS_PATH: 'tests/fixtures/explorer/events.geojson' }, '/app')
 */
export function resolveEventsPath(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const configured = env.EVENTS_PATH?.trim();
  return path.resolve(cwd, configured && configured.length > 0 ? configured : DEFAULT_EVENTS_PATH);
}

/**
 * Loads the events file at `filePath`: ok with ExplorerData, or the reason it cannot be shown.
 * @example const result = await loadEventsFile('geodata/events.geojson'); if (result.ok) result.data.events
 */
export async function loadEventsFile(filePath: string): Promise<LoadResult> {
  let raw: string;
  try {
    raw = await readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { ok: false, path: filePath, reason: 'missing', message: `Cannot read the events file (${code}).` };
  }
  return parseEventsText(raw, filePath);
}

/** Parses and validates the text of an events file (exported for tests). */
export function parseEventsText(raw: string, filePath: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, path: filePath, reason: 'invalid', message: `Not JSON: ${(error as Error).message}` };
  }
  const parsed = eventCollectionSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, MAX_ISSUES_SHOWN)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { ok: false, path: filePath, reason: 'invalid', message: `Does not match the schema — ${issues.join('; ')}` };
  }
  return { ok: true, path: filePath, data: toExplorerData(parsed.data) };
}
