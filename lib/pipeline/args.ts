/** Command-line arguments of `npm run ingest`, parsed without side effects so usage errors are testable. */
import { parseShare, type Share } from './share';

export const DEFAULT_INPUTS: readonly string[] = ['seeds'];
export const DEFAULT_OUT = 'geodata/events.geojson';
/** worker processes at most: each holds a gazetteer (~60 MB resident) and a database connection */
export const MAX_WORKER_PROCESSES = 16;

export const INGEST_USAGE = `Usage: npm run ingest -- [--out FILE] [--store FILE] [--remove ID ...] [--workers N] [--share K/N] [PATH ...]

Reads every .txt and .md article under each PATH (files or folders, recursively, sorted; hidden entries skipped),
finds places, events and routes, writes them into the event store in batches (each article whole or absent; an
article ingested again replaces what it produced) and writes one GeoJSON FeatureCollection of this run's articles
atomically.

  PATH          article files or folders (default: ${DEFAULT_INPUTS.join(' ')}, unless only --remove is given)
  --out FILE    GeoJSON output (default: ${DEFAULT_OUT}); with --out alone the store is left alone
  --store FILE  the event store (default: DATABASE_URL=postgres://… for PostgreSQL, else STORE_PATH, else geodata/store.sqlite)
  --remove ID   remove one article (its id: its path under the ingested folder, without extension) from the
                store; may be repeated
  --workers N   N worker processes (1 to ${MAX_WORKER_PROCESSES}; 1 = this process, one thread), each ingesting every
                N-th file into the same store and writing no GeoJSON (npm run export writes one from the store);
                each article is whole or absent in the store, so workers, or other ingests, given the same article
                leave one copy of it. With an SQLite file the workers take turns to write (its lock); PostgreSQL
                (DATABASE_URL) takes their writes at once
  --share K/N   ingest only the K-th of every N files (K from 1): one machine's part when N machines share
                the same folders and database; writes no GeoJSON unless --out is given
  -h, --help    show this help

Files over the article size limit, empty, binary or non-UTF-8 files are reported on stderr, one line each, and
skipped; the others are still written. Broken front matter costs only its fields: one warning line names them and
the text is kept. Exit code: 0 all read, 1 some file failed or nothing could be written, 2 usage error.
INGEST_TIMINGS=1 prints a JSON timing line on stderr. Finished articles go to the store in batches of up to 64 (one
SQLite transaction each), or after 1 s; INGEST_STORE_BATCH=N sets the 64 (1: a transaction per article).`;

export type IngestArgs =
  | {
      kind: 'run';
      /** the GeoJSON output, null when this run writes none (only --remove) */
      out: string | null;
      /** true when --out was given: then the store is written only when named (--store or STORE_PATH) */
      outGiven: boolean;
      /** --store FILE, null when not given */
      store: string | null;
      /** article ids to remove from the store */
      remove: string[];
      paths: string[];
      /** --workers N: worker processes, each with a share of the files (1 = this process alone, on one thread); null when not given */
      workers: number | null;
      /** --share K/N: this run's part of the files, null for all */
      share: Share | null;
    }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

/**
 * Parses argv (without node and the script).
 * @example parseIngestArgs(['--out', 'x.geojson', 'seeds']) // { kind: 'run', out: 'x.geojson', paths: ['seeds'], … }
 */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  let out: string | undefined;
  let store: string | undefined;
  const remove: string[] = [];
  const paths: string[] = [];
  let workers: number | undefined;
  let share: Share | undefined;
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsDone || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
    } else if (arg === '--') {
      optionsDone = true;
    } else if (arg === '-h' || arg === '--help') {
      return { kind: 'help' };
    } else if (arg === '--out' || arg === '-o') {
      const value = argv[i + 1];
      if (value === undefined || value === '') return { kind: 'usage-error', message: `${arg} needs a file name` };
      if (out !== undefined) return { kind: 'usage-error', message: `${arg} given twice` };
      out = value;
      i += 1;
    } else if (arg.startsWith('--out=')) {
      const value = arg.slice('--out='.length);
      if (value === '') return { kind: 'usage-error', message: '--out needs a file name' };
      if (out !== undefined) return { kind: 'usage-error', message: '--out given twice' };
      out = value;
    } else if (arg === '--store' || arg.startsWith('--store=')) {
      const value = arg === '--store' ? argv[++i] : arg.slice('--store='.length);
      if (value === undefined || value === '') return { kind: 'usage-error', message: '--store needs a file name' };
      if (store !== undefined) return { kind: 'usage-error', message: '--store given twice' };
      store = value;
    } else if (arg === '--remove' || arg.startsWith('--remove=')) {
      const value = arg === '--remove' ? argv[++i] : arg.slice('--remove='.length);
      if (value === undefined || value === '') return { kind: 'usage-error', message: '--remove needs an article id' };
      remove.push(value);
    } else if (arg === '--workers' || arg.startsWith('--workers=')) {
      const value = arg === '--workers' ? argv[++i] : arg.slice('--workers='.length);
      const n = Number(value);
      if (value === undefined || !/^\d+$/.test(value) || n < 1 || n > MAX_WORKER_PROCESSES) {
        return { kind: 'usage-error', message: `--workers needs a whole number from 1 to ${MAX_WORKER_PROCESSES}, got ${value ?? 'nothing'}` };
      }
      if (workers !== undefined) return { kind: 'usage-error', message: '--workers given twice' };
      workers = n;
    } else if (arg === '--share' || arg.startsWith('--share=')) {
      const value = arg === '--share' ? argv[++i] : arg.slice('--share='.length);
      const parsed = parseShare(value ?? '');
      if (parsed === null) return { kind: 'usage-error', message: `--share needs K/N with 1 ≤ K ≤ N, got ${value ?? 'nothing'}` };
      if (share !== undefined) return { kind: 'usage-error', message: '--share given twice' };
      share = parsed;
    } else {
      return { kind: 'usage-error', message: `unknown option ${arg}` };
    }
  }
  const removeOnly = remove.length > 0 && paths.length === 0;
  // --workers 1 is the same run as --workers N with one worker: store only, so the two compare
  const byWorkers = workers !== undefined;
  if (byWorkers && out !== undefined) {
    return { kind: 'usage-error', message: '--workers writes only the store; drop --out (npm run export writes the GeoJSON from the store)' };
  }
  if (byWorkers && share !== undefined) return { kind: 'usage-error', message: '--workers and --share do not go together' };
  if (byWorkers && remove.length > 0) return { kind: 'usage-error', message: '--workers does not take --remove; remove in a run of its own' };
  return {
    kind: 'run',
    // a share or a worker's run writes only the store: its part of the articles is not the run's GeoJSON
    out: out ?? (removeOnly || byWorkers || share !== undefined ? null : DEFAULT_OUT),
    outGiven: out !== undefined,
    store: store ?? null,
    remove,
    paths: paths.length > 0 || removeOnly ? paths : [...DEFAULT_INPUTS],
    workers: workers ?? null,
    share: share ?? null,
  };
}
