/**
 * `npm run export -- [--actor ID,…] [--type SLUG,…] [--from DATE] [--to DATE] [--background] [--q WORDS]
 * [--store FILE] --out FILE.geojson|FILE.csv`: the store's events under the same filters as the page's URL,
 * written atomically with the page's own export code.
 */
import path from 'node:path';
import { atomicWriteFile } from '../fs/atomic-write';
import { exportFormatOf, exportText } from '../store/export-file';
import { storeFilterOf } from '../store/filter';
import { resolveStorePath } from '../store/path';
import { openSqliteStore } from '../store/sqlite/index';
import { parseViewState } from '../url/view-state';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

export const EXPORT_USAGE = `Usage: npm run export -- [filters] [--store FILE] --out FILE.geojson|FILE.csv

Writes the events of the event store that pass the filters — the same as the explorer's URL — as GeoJSON event
features or as CSV with ACLED's columns.

  --actor ID,…    actor ids (any of them), as ?actor=
  --type SLUG,…   event types (any of them), as ?type=: battles, explosions-remote-violence,
                  violence-against-civilians, protests, riots, strategic-developments
  --from DATE     --to DATE: inclusive date range (YYYY, YYYY-MM or YYYY-MM-DD), as ?from= and ?to=
  --background    include background events (history the articles recall), as ?background=1
  --q WORDS       full-text search over event sentences and article titles, as ?q=
  --store FILE    the event store (default: STORE_PATH, else geodata/store.sqlite)
  --out FILE      the file to write; .geojson (or .json) or .csv
  -h, --help      show this help`;

/** flag → URL parameter */
const FILTER_FLAGS: Readonly<Record<string, string>> = { '--actor': 'actor', '--type': 'type', '--from': 'from', '--to': 'to', '--q': 'q' };

function main(argv: readonly string[]): number {
  const params = new URLSearchParams();
  let out: string | null = null;
  let store: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag = '', inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') {
      process.stdout.write(`${EXPORT_USAGE}\n`);
      return EXIT_OK;
    }
    if (flag === '--background') {
      params.set('background', '1');
      continue;
    }
    const value = inline ?? argv[++i];
    if (!(flag in FILTER_FLAGS) && flag !== '--out' && flag !== '--store') return usage(`unknown option ${arg}`);
    if (value === undefined || value === '') return usage(`${flag} needs a value`);
    if (flag === '--out') out = value;
    else if (flag === '--store') store = value;
    else params.append(FILTER_FLAGS[flag] ?? '', value);
  }
  if (out === null) return usage('--out FILE is required');
  const format = exportFormatOf(out);
  if (format === null) return usage(`--out must end in .geojson, .json or .csv: ${out}`);
  const state = parseViewState(params);
  const dropped = droppedFilters(params, state);
  if (dropped.length > 0) return usage(`not a valid filter: ${dropped.join(', ')}`);
  const storePath = resolveStorePath(store, process.env, process.cwd());
  const opened = openSqliteStore(storePath, { mustExist: true });
  try {
    const { text, events } = exportText(opened, storeFilterOf(state), format);
    atomicWriteFile(out, [text]);
    process.stderr.write(`export: ${events} event${events === 1 ? '' : 's'} → ${path.relative(process.cwd(), path.resolve(out))}\n`);
    return EXIT_OK;
  } finally {
    opened.close();
  }
}

/** Filter values the URL parser would drop (an unknown type, a malformed date): a CLI says so instead. */
function droppedFilters(params: URLSearchParams, state: ReturnType<typeof parseViewState>): string[] {
  const dropped: string[] = [];
  if (params.has('type') && state.types.length === 0) dropped.push(`--type ${params.getAll('type').join(',')}`);
  if (params.has('actor') && state.actors.length === 0) dropped.push(`--actor ${params.getAll('actor').join(',')}`);
  if (params.has('from') && state.from === null) dropped.push(`--from ${params.get('from') ?? ''}`);
  if (params.has('to') && state.to === null) dropped.push(`--to ${params.get('to') ?? ''}`);
  if (params.has('q') && state.q === null) dropped.push(`--q ${params.get('q') ?? ''}`);
  return dropped;
}

function usage(message: string): number {
  process.stderr.write(`export: ${message}\n\n${EXPORT_USAGE}\n`);
  return EXIT_USAGE;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // StoreOpenError and file errors are one line; a stack only with INGEST_DEBUG=1, as for the ingest
  const detail = process.env.INGEST_DEBUG === '1' && error instanceof Error ? error.stack : error instanceof Error ? error.message : String(error);
  process.stderr.write(`export: ${detail}\n`);
  process.exitCode = EXIT_FAILED;
}
