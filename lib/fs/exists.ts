/** Whether a path exists (any kind of file), as a promise that never rejects. */
import { stat } from 'node:fs/promises';

/**
 * @example await fileExists('geodata/events.geojson') // false before the first ingest
 */
export async function fileExists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
