/**
 * Writes a file so that readers only ever see the old content or the complete new content: temp file in the same
 * folder, fsync, rename over the target, fsync the folder. A crash or a throwing producer leaves the old file intact.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const TEMP_SUFFIX_BYTES = 6;

/**
 * Atomically replaces `target` with `content` (a string or the chunks of one, written as they come so a large
 * output never has to sit in memory twice). Creates the parent folder when missing.
 * @example atomicWriteFile('geodata/events.geojson', JSON.stringify(collection))
 */
export function atomicWriteFile(target: string, content: string | Iterable<string>): void {
  const dir = path.dirname(path.resolve(target));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    // mkdir -p reports a file standing where a folder is needed as EEXIST; say what it means.
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw Object.assign(new Error(`not a folder: ${dir}`), { code: 'ENOTDIR' });
    }
    throw error;
  }
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(TEMP_SUFFIX_BYTES).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx');
  let renamed = false;
  try {
    try {
      for (const chunk of typeof content === 'string' ? [content] : content) writeAll(fd, chunk);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    renamed = true;
    syncDirectory(dir);
  } finally {
    if (!renamed) rmSync(temp, { force: true });
  }
}

function writeAll(fd: number, chunk: string): void {
  const bytes = Buffer.from(chunk, 'utf8');
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Makes the rename itself durable. Some file systems refuse fsync on a folder; the rename already happened then. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort: durability of the directory entry only
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
