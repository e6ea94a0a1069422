/** Command-line arguments of `npm run ingest`, parsed without side effects so usage errors are testable. */

export const DEFAULT_INPUTS: readonly string[] = ['seeds'];
export const DEFAULT_OUT = 'geodata/events.geojson';

export const INGEST_USAGE = `Usage: npm run ingest -- [--out FILE] [PATH ...]

Reads every .txt and .md article under each PATH (files or folders, recursively, sorted; hidden entries skipped),
finds places, events and routes, and writes one GeoJSON FeatureCollection atomically.

  PATH          article files or folders (default: ${DEFAULT_INPUTS.join(' ')})
  --out FILE    output file (default: ${DEFAULT_OUT})
  -h, --help    show this help

Files over the article size limit, empty, binary or non-UTF-8 files and broken front matter are reported on stderr,
one line each, and skipped; the others are still written. Exit code: 0 all read, 1 some file failed or nothing
could be written, 2 usage error. INGEST_TIMINGS=1 prints a JSON timing line on stderr.`;

export type IngestArgs =
  | { kind: 'run'; out: string; paths: string[] }
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string };

/**
 * Parses argv (without node and the script).
 * @example parseIngestArgs(['--out', 'x.geojson', 'seeds']) // { kind: 'run', out: 'x.geojson', paths: ['seeds'] }
 */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  let out: string | undefined;
  const paths: string[] = [];
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
    } else {
      return { kind: 'usage-error', message: `unknown option ${arg}` };
    }
  }
  return { kind: 'run', out: out ?? DEFAULT_OUT, paths: paths.length > 0 ? paths : [...DEFAULT_INPUTS] };
}
