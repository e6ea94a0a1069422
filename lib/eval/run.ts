/**
 * The `npm run eval` command with its dependencies injected: the CLI passes the real pipeline, tests a fake one.
 * The corpus is an XML gold corpus (LGL, GeoVirus: the geoparser is scored) or ACLED's CSV export (the whole
 * pipeline is scored, see acled-run.ts), told apart by the file's first character.
 * Exit codes: 0 scored, 1 the pipeline could not be set up, 2 bad arguments or a missing / unparsable corpus.
 */
import { parseArgs } from 'node:util';
import { looksLikeCsv, readAcledCsv } from './acled-corpus';
import { runAcledEval, type AcledRunDeps } from './acled-run';
import type { AcledNote } from './acled-types';
import { readCorpus } from './corpus';
import { EXIT_OK, EXIT_PIPELINE, EXIT_USAGE, errorMessage } from './errors';
import { formatFailures, formatJson, formatSummary } from './report';
import { scoreCorpus } from './score';
import type { Geoparser, GoldCorpus, Prediction } from './types';

export { EXIT_OK, EXIT_PIPELINE, EXIT_USAGE } from './errors';

export interface EvalDeps extends AcledRunDeps {
  /** builds the geoparser (gazetteer load included); timed as "gazetteer load" */
  loadGeoparser: () => Promise<Geoparser>;
  readText: (path: string) => Promise<string>;
}

const USAGE = 'usage: npm run eval -- <corpus.xml | acled.csv> [--verbose] [--json] [--limit N] [--ignore-demonyms]';

/**
 * Runs the evaluation for command-line arguments `argv` (without node and script) and returns the exit code.
 * @example await runEval(['/work/shared/eval/lgl.xml', '--limit', '20'], deps) // 0
 */
export async function runEval(argv: readonly string[], deps: EvalDeps): Promise<number> {
  const args = parseCommandLine(argv);
  if (typeof args === 'string') {
    deps.stderr(`eval: ${args}\n${USAGE}\n`);
    return EXIT_USAGE;
  }

  let corpus: GoldCorpus | AcledNote[];
  try {
    const text = await deps.readText(args.path);
    corpus = looksLikeCsv(text) ? readAcledCsv(text) : readCorpus(text);
  } catch (error) {
    deps.stderr(`eval: cannot use corpus ${args.path}: ${errorMessage(error)}\n`);
    return EXIT_USAGE;
  }
  if (Array.isArray(corpus)) {
    if (args.ignoreDemonyms) {
      deps.stderr(`eval: --ignore-demonyms applies to the XML gold corpora, not to ACLED's CSV\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    return runAcledEval(corpus, args, deps);
  }
  const articles = args.limit === null ? corpus.articles : corpus.articles.slice(0, args.limit);

  const loadStart = deps.now();
  let geoparse: Geoparser;
  try {
    geoparse = await deps.loadGeoparser();
  } catch (error) {
    deps.stderr(`eval: cannot set up the geoparser: ${errorMessage(error)}\n`);
    return EXIT_PIPELINE;
  }
  const loadMs = deps.now() - loadStart;

  const predictions = new Map<string, readonly Prediction[]>();
  let pipelineMs = 0;
  let pipelineErrors = 0;
  for (const article of articles) {
    const start = deps.now();
    try {
      const found = geoparse(article.id, article.text);
      // GeoVirus annotates no adjectival forms ("Canadian"), so a demonym there can only be a false positive.
      predictions.set(article.id, args.ignoreDemonyms ? found.filter((p) => p.demonym !== true) : found);
    } catch (error) {
      if (pipelineErrors === 0) deps.stderr(`eval: the pipeline threw on article ${article.id}: ${errorMessage(error)}\n`);
      pipelineErrors++;
    }
    pipelineMs += deps.now() - start;
  }

  const scoredCorpus: GoldCorpus = { ...corpus, articles };
  const result = scoreCorpus(articles, predictions);
  const info = { corpusPath: args.path, loadMs, pipelineMs, pipelineErrors };
  if (args.json) {
    deps.stdout(`${formatJson(scoredCorpus, result, info, args.verbose)}\n`);
  } else {
    if (args.verbose) deps.stdout(`${formatFailures(result)}\n\n`);
    deps.stdout(`${formatSummary(scoredCorpus, result, info)}\n`);
  }
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------------------------

interface CommandLine {
  path: string;
  verbose: boolean;
  json: boolean;
  limit: number | null;
  ignoreDemonyms: boolean;
}

/** The parsed arguments, or a one-line complaint. */
function parseCommandLine(argv: readonly string[]): CommandLine | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        verbose: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        'ignore-demonyms': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return errorMessage(error);
  }
  const [path, ...extra] = parsed.positionals;
  if (path === undefined) return 'missing corpus path';
  if (extra.length > 0) return `unexpected argument: ${extra[0]}`;
  const rawLimit = parsed.values.limit;
  const limit = rawLimit === undefined ? null : Number(rawLimit);
  if (limit !== null && !(Number.isInteger(limit) && limit > 0)) return `--limit must be a positive integer, got ${rawLimit}`;
  const { verbose, json } = parsed.values;
  return { path, verbose, json, limit, ignoreDemonyms: parsed.values['ignore-demonyms'] };
}
