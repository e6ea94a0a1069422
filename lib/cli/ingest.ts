/**
 * `npm run ingest -- [--out FILE] [PATH ...]`: articles → geodata/events.geojson. See lib/pipeline/args.ts for the
 * usage text and lib/pipeline/run-ingest.ts for what happens to each file.
 */
import { INGEST_USAGE, parseIngestArgs } from '../pipeline/args';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseIngestArgs(argv);
  if (args.kind === 'help') {
    process.stdout.write(`${INGEST_USAGE}\n`);
    return EXIT_OK;
  }
  if (args.kind === 'usage-error') {
    process.stderr.write(`ingest: ${args.message}\n\n${INGEST_USAGE}\n`);
    return EXIT_USAGE;
  }
  // Imported only now: --help and usage errors answer at once instead of after loading every stage.
  const [{ runIngest }, { loadWorldGazetteer }] = await Promise.all([
    import('../pipeline/run-ingest'),
    import('../gazetteer/world'),
  ]);
  const summary = await runIngest({
    paths: args.paths,
    out: args.out,
    loadGazetteer: loadWorldGazetteer,
    stderr: process.stderr,
    timings: process.env.INGEST_TIMINGS === '1',
    debug: process.env.INGEST_DEBUG === '1',
  });
  return summary.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: runIngest reports bad input itself, so this is a bug; still one line unless debugging.
    const detail = process.env.INGEST_DEBUG === '1' && error instanceof Error ? error.stack : String(error);
    process.stderr.write(`ingest: unexpected error: ${detail}\n`);
    process.exitCode = EXIT_FAILED;
  },
);
