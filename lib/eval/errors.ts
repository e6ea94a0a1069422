/** How the eval CLI fails: its exit codes, and thrown values as the one line it prints on stderr. */
import { CorpusError } from './corpus';

/** scored */
export const EXIT_OK = 0;
/** the pipeline could not be set up */
export const EXIT_PIPELINE = 1;
/** bad arguments, or a missing or unreadable corpus */
export const EXIT_USAGE = 2;

/**
 * A one-line description of a thrown value (whitespace collapsed: stderr gets exactly one line).
 * @example errorMessage(Object.assign(new Error('open failed'), { code: 'ENOENT' })) // 'no such file'
 */
export function errorMessage(error: unknown): string {
  return describe(error).replace(/\s+/g, ' ').trim();
}

function describe(error: unknown): string {
  if (error instanceof CorpusError) return error.message;
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : null;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    return error.message || error.name;
  }
  return String(error);
}
