/**
 * Reads one article file defensively: size limit checked before reading, then binary (NUL bytes), strict UTF-8 and
 * empty checks. Each refusal is one short reason; the caller prints it next to the file name.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { describeFsError } from './walk';

/**
 * Largest article read, in bytes. News articles are a few KB to ~200 KB; a bigger file is a dump or a mistake, and
 * refusing it up front keeps a run fast and its memory bounded (the offsets of every mention stay in memory).
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const BYTES_PER_MB = 1024 * 1024;
const NUL = 0x00;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Reads `file` as strict UTF-8 text, exactly as stored (a byte-order mark is kept, so offsets match the file).
 * @example readArticleFile('seeds/raqqa-2017.txt') // { ok: true, text: 'US-backed fighters …' }
 */
export function readArticleFile(file: string, maxBytes: number = MAX_ARTICLE_BYTES): ReadResult {
  let bytes: Uint8Array;
  try {
    const read = readLimited(file, maxBytes);
    if ('reason' in read) return { ok: false, reason: read.reason };
    bytes = read.bytes;
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  return decodeArticleBytes(bytes);
}

/** The checks of `readArticleFile` on bytes already in memory. */
export function decodeArticleBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.includes(NUL)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8Byte(bytes)}` };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}

function readLimited(file: string, maxBytes: number): { bytes: Uint8Array } | { reason: string } {
  // O_NONBLOCK: a named pipe that slipped past the walker must not hang the run waiting for a writer.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { reason: 'not a regular file' };
    if (stats.size > maxBytes) {
      return { reason: `too large: ${formatMb(stats.size)} is over the ${formatMb(maxBytes)} article size limit` };
    }
    // Read at most maxBytes + 1 whatever stat said: a file growing under us still cannot blow memory.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { reason: `too large: over the ${formatMb(maxBytes)} article size limit` };
    return { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

function formatMb(bytes: number): string {
  return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
}

/** Offset of the first byte where strict UTF-8 decoding fails, for the error line. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on the longest valid prefix would miss a bad byte after a good cut; a linear scan is plenty fast
  // for files under the size limit and is only run once the file is known to be bad.
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const width = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    if (width === 0 || i + width > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + width));
    } catch {
      return i;
    }
    i += width;
  }
  return i;
}
