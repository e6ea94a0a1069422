import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_PIPELINE, EXIT_USAGE, type EvalDeps } from '@/lib/eval/run';
import type { Geoparser, Prediction } from '@/lib/eval/types';
import { runCapturing } from './run-helper';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LGL_MINI = fileURLToPath(new URL('../fixtures/eval/lgl-mini.xml', import.meta.url));
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;

/** For lgl-mini article 101: "Port" (partial) 100 km off, "Alder County" 500 km off, "Crews" and "Jane Brook" false. */
const fakeGeoparser: Geoparser = (id, text) => {
  if (id !== '101') return [];
  const at = (phrase: string, coordinates: [number, number]): Prediction => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length, text: phrase, coordinates, resolvedBy: 'fake-pass' };
  };
  return [
    at('Port', [-100, 45 + 100 / KM_PER_DEGREE]),
    at('Alder County', [-100.5, 45.5 + 500 / KM_PER_DEGREE]),
    at('Crews', [0, 0]),
    at('Jane Brook', [0, 0]),
  ];
};

const run = (argv: string[], overrides: Partial<EvalDeps> = {}) =>
  runCapturing(argv, { loadGeoparser: async () => fakeGeoparser, ...overrides });

describe('npm run eval', () => {
  it('prints the metrics as JSON with --json', async () => {
    const { code, stdout } = await run([LGL_MINI, '--json']);
    expect(code).toBe(EXIT_OK);
    const doc = JSON.parse(stdout);
    expect(doc.schema).toBe('lgl');
    expect(doc.metrics).toMatchObject({ articles: 2, goldToponyms: 3, foundMentions: 4, matched: 2, precision: 0.5 });
    expect(doc.metrics.accuracy161).toBe(0.5);
    expect(doc.metrics.endToEndAccuracy161).toBe(0.5);
    expect(doc.metrics.medianErrorKm).toBeCloseTo(300, 6);
    expect(doc.timing).toEqual({ gazetteerLoadMs: 10, pipelineMs: 20, articlesPerSecond: 100 });
  });

  it('prints a readable summary with P, R, F1, acc@161 and speed by default', async () => {
    const { code, stdout } = await run([LGL_MINI]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain('P 0.500  R 0.667  F1 0.571');
    expect(stdout).toContain('acc@161 0.500 of 2 recognised pairs');
    expect(stdout).toContain('median 300.0 km');
    expect(stdout).toContain('100.0 articles/s');
  });

  it('lists missed, false and far-off mentions per article with --verbose', async () => {
    const { stdout } = await run([LGL_MINI, '--verbose']);
    expect(stdout).toContain('== 101');
    expect(stdout).toContain('missed  "Greyhaven" [61,70] (no gold coordinates)');
    expect(stdout).toContain('false   "Jane Brook" [95,105] (fake-pass)');
    expect(stdout).toMatch(/far {5}"Alder County" \[34,46\] 500\.0 km off/);
    expect(stdout).not.toMatch(/far {5}"Port"/);
  });

  it('scores only the first N articles with --limit N', async () => {
    const { stdout } = await run([LGL_MINI, '--json', '--limit', '1']);
    expect(JSON.parse(stdout).metrics.articles).toBe(1);
  });

  it('drops mentions flagged as demonyms with --ignore-demonyms', async () => {
    const withDemonym: Geoparser = (id, text) => [
      ...fakeGeoparser(id, text),
      ...(id === '101' ? [{ start: 0, end: 5, text: 'Storm', coordinates: null, demonym: true }] : []),
    ];
    const plain = await run([LGL_MINI, '--json'], { loadGeoparser: async () => withDemonym });
    const ignoring = await run([LGL_MINI, '--json', '--ignore-demonyms'], { loadGeoparser: async () => withDemonym });
    expect(JSON.parse(plain.stdout).metrics.foundMentions).toBe(5);
    expect(JSON.parse(ignoring.stdout).metrics.foundMentions).toBe(4);
  });

  it('scores an article the pipeline throws on as finding nothing, and says so once on stderr', async () => {
    const throwing: Geoparser = (id, text) => {
      if (id === '102') throw new Error('boom');
      return fakeGeoparser(id, text);
    };
    const { code, stdout, stderr } = await run([LGL_MINI, '--json'], { loadGeoparser: async () => throwing });
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('eval: the pipeline threw on article 102: boom\n');
    expect(JSON.parse(stdout)).toMatchObject({ pipelineErrors: 1, metrics: { matched: 2 } });
  });

  it('exits 2 with a usage line on a bad --limit', async () => {
    const { code, stderr } = await run([LGL_MINI, '--limit', 'ten']);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toMatch(/^eval: --limit must be a positive integer, got ten\nusage:/);
  });

  it('exits 2 on an unparsable corpus, naming the file', async () => {
    const bad = fileURLToPath(new URL('../fixtures/eval/unknown-schema.xml', import.meta.url));
    const { code, stderr } = await run([bad]);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toBe(`eval: cannot use corpus ${bad}: unknown corpus schema: first <article> has <headline>, <places>, expected <toponyms> or <locations>\n`);
  });

  it('exits 1 with one line when the geoparser cannot be set up', async () => {
    const { code, stderr } = await run([LGL_MINI], {
      loadGeoparser: async () => {
        throw new Error('gazetteer not built:\nrun npm install');
      },
    });
    expect(code).toBe(EXIT_PIPELINE);
    expect(stderr).toBe('eval: cannot set up the geoparser: gazetteer not built: run npm install\n');
  });

  it('exits 2 with one line and no stack trace for a missing corpus file (as a subprocess)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/eval.ts', '/no/such/corpus.xml'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('eval: cannot use corpus /no/such/corpus.xml: no such file\n');
    expect(result.stdout).toBe('');
  });
});
