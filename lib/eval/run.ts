/**
 * The `npm run eval` command with its dependencies injected: the CLI passes the real pipeline, tests a fake one.
 * Exit codes: 0 scored, 1 the pipeline could not be set up, 2 bad arguments or a missing / unparsable corpus.
 */
import { parseArgs } from 'node:util';
import { CorpusError, readCorpus } from './corpus';
import { formatFailures, formatJson, formatSummary } from './report';
import { scoreCorpus } from './score';
import type { Geoparser, GoldCorpus, Prediction } from './types';

export interface EvalDeps {
  /** builds the geoparser (gazetteer load included); timed as "gazetteer load" */
  loadGeoparser: () => Promise<Geoparser>;
  readText: (path: string) => Promise<string>;
  /** a monotonic clock in ms */
  now: () => number;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const EXIT_OK = 0;
export const EXIT_PIPELINE = 1;
export const EXIT_USAGE = 2;

const USAGE = 'usage: npm run eval -- <corpus.xml> [--verbose] [--json] [--limit N] [--ignore-demonyms]';

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

  let corpus: GoldCorpus;
  try {
    corpus = readCorpus(await deps.readText(args.path));
  } catch (error) {
    deps.stderr(`eval: cannot use corpus ${args.path}: ${errorMessage(error)}\n`);
    return EXIT_USAGE;
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

/** A one-line description of a thrown value (whitespace collapsed: stderr gets exactly one line). */
function errorMessage(error: unknown): string {
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
