/**
 * `npm run eval -- <corpus.xml | acled.csv> [--verbose] [--json] [--limit N] [--ignore-demonyms]`: scores the
 * geoparser on a gold corpus (LGL or GeoVirus schema), or the whole pipeline on ACLED's coded notes (a CSV export);
 * see lib/eval/. The pipeline is imported lazily so a bad corpus path fails fast. `--ignore-demonyms` drops mentions
 * flagged as demonyms before scoring, for corpora (GeoVirus) that do not annotate adjectival forms.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { runEval } from '../eval/run';

runEval(process.argv.slice(2), {
  loadGeoparser: async () => (await import('../eval/pipeline')).loadProjectGeoparser(),
  loadPipeline: async () => (await import('../eval/acled-pipeline')).loadProjectPipeline(),
  readText: (path) => readFile(path, 'utf8'),
  now: () => performance.now(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runEval reports bad input itself, so this is a bug; still one line.
    process.stderr.write(`eval: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
