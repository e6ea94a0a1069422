/**
 * `npm run ingest -- [--out FILE] [PATH ...]`: articles → geodata/events.geojson. See lib/pipeline/args.ts for the
 * usage text and lib/pipeline/run-ingest.ts for what happens to each file.
 */
import { INGEST_USAGE, parseIngestArgs } from '../pipeline/args';
import { RELAUNCHED_ENV, isBundleFresh, manifestRoot, relaunchFresh } from '../pipeline/bundle';

/** Replaced by esbuild in the prebuilt bundle (lib/pipeline/bundle.ts); undeclared when run with tsx. */
declare const INGEST_BUNDLE_MANIFEST: string | undefined;

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

async function main(argv: readonly string[]): Promise<number> {
  // The prebuilt bundle checks it was built from the current sources; if not, a fresh build (or tsx) runs instead.
  const manifest = typeof INGEST_BUNDLE_MANIFEST === 'string' ? INGEST_BUNDLE_MANIFEST : undefined;
  if (manifest !== undefined && process.env[RELAUNCHED_ENV] !== '1' && !isBundleFresh(manifest)) {
    const root = manifestRoot(manifest);
    if (root !== undefined) return relaunchFresh(root, argv);
  }
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
