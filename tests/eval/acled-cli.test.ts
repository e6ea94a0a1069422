import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProjectPipeline } from '@/lib/eval/acled-pipeline';
import type { NotePipeline } from '@/lib/eval/acled-types';
import { EXIT_OK, EXIT_PIPELINE, EXIT_USAGE, type EvalDeps } from '@/lib/eval/run';
import { ACLED_MINI, fakePipeline } from './acled-fake';
import { runCapturing } from './run-helper';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEADER = 'event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,geo_precision,fatalities,notes';

const run = (argv: string[], overrides: Partial<EvalDeps> = {}) =>
  runCapturing(argv, { loadPipeline: async () => fakePipeline, ...overrides });
/** Runs on CSV text given inline, as if read from `bad.csv`. */
const runOnText = (text: string) => run(['bad.csv'], { readText: async () => text });

describe('npm run eval on an ACLED CSV export', () => {
  it('prints totals, rates, breakdowns and timing as JSON with --json', async () => {
    const { code, stdout, stderr } = await run([ACLED_MINI, '--json']);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout);
    expect(doc.schema).toBe('acled');
    expect(doc.totals).toMatchObject({ notes: 7, withEvent: 6, located: 3, locatedActor: 3, locatedDate: 2, events: 7 });
    expect(doc.rates.located).toBeCloseTo(3 / 7, 9);
    expect(doc.rates.locatedFatalities).toBe(0.5);
    expect(doc.rates.townFound).toBe(0.5);
    expect(doc.rates.eventsPerNote).toBe(1);
    expect(doc.byEventType[0]).toMatchObject({ key: 'Battles', notes: 2, located: 2, rates: { located: 1 } });
    expect(doc.byCountry).toHaveLength(7);
    expect(doc.timing).toEqual({ gazetteerLoadMs: 10, pipelineMs: 70, notesPerSecond: 100 });
    expect(doc.notes).toBeUndefined();
  });

  it('adds every note\'s verdict to the JSON with --verbose', async () => {
    const { stdout } = await run([ACLED_MINI, '--json', '--verbose']);
    const doc = JSON.parse(stdout);
    expect(doc.notes).toHaveLength(7);
    expect(doc.notes[2]).toMatchObject({ id: 'UKR9003', miss: { cause: 'no event', placeFound: true } });
  });

  it('prints a readable summary with each measure as a share of notes', async () => {
    const { code, stdout } = await run([ACLED_MINI]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^corpus {7}acled .*acled-mini\.csv: 7 notes in 7 countries \(geo_precision 1\/2\/3: 4\/2\/1\)$/m);
    expect(stdout).toMatch(/^any event +85\.7% {2}6 notes; 1\.00 events per note/m);
    expect(stdout).toMatch(/^located +42\.9% {2}3 notes with an event within 30 \/ 60 \/ 150 km/m);
    expect(stdout).toMatch(/^ {2}\+actor1 +14\.3% {2}1 /m);
    expect(stdout).toMatch(/^ {2}\+fatalities +50\.0% {2}2 of 4 notes that state the coded toll, with that toll$/m);
    expect(stdout).toMatch(/^town found +50\.0% {2}2 of 4 geo_precision-1 notes/m);
    expect(stdout).toContain('no event 1 (the place was found in 1), other place chosen 1, far namesake 1, place not found 1');
    expect(stdout).toMatch(/^ {2}Battles +2 +100\.0% +100\.0% +100\.0% +100\.0% +100\.0% +50\.0% +1\.00$/m);
    expect(stdout).toContain('100.0 notes/s');
  });

  it('lists one line per miss with its cause, the coded place and what was chosen, with --verbose', async () => {
    const { stdout } = await run([ACLED_MINI, '--verbose']);
    const misses = stdout.split('\n\n')[0]?.split('\n') ?? [];
    expect(misses.map((line) => line.split(/ {2,}/).slice(0, 2))).toEqual([
      ['UKR9003', 'no event'],
      ['LBN9004', 'far namesake'],
      ['MEX9005', 'other place chosen'],
      ['BRA9006', 'place not found'],
    ]);
    expect(misses[1]).toContain('coded Tripoli, Lebanon (p1, 30 km) [35.850, 34.437] | event: "Tripoli" → Tripoli (fake)');
    expect(misses[1]).toMatch(/namesake: "Tripoli" → Tripoli \(fake\) \d+\.\d km$/);
    expect(misses[2]).toContain('event: "Sinaloa" → Sinaloa (fake) 80.0 km; nearest mention: "Culiacan" → Culiacan (fake) 20.0 km');
    expect(stdout).toContain('by country (7)\n');
  });

  it('scores only the first N notes with --limit N', async () => {
    const { stdout } = await run([ACLED_MINI, '--json', '--limit', '2']);
    expect(JSON.parse(stdout).totals.notes).toBe(2);
  });

  it('scores a note the pipeline throws on as finding nothing, and says so once on stderr', async () => {
    const throwing: NotePipeline = (article) => {
      if (article.id.startsWith('M') || article.id.startsWith('B')) throw new Error('boom');
      return fakePipeline(article);
    };
    const { code, stdout, stderr } = await run([ACLED_MINI, '--json'], { loadPipeline: async () => throwing });
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('eval: the pipeline threw on note MEX9005: boom\n');
    expect(JSON.parse(stdout)).toMatchObject({ pipelineErrors: 2, totals: { withEvent: 4 } });
  });

  it('exits 1 with one line when the pipeline cannot be set up', async () => {
    const { code, stderr } = await run([ACLED_MINI], {
      loadPipeline: async () => {
        throw new Error('World gazetteer not found:\nrun npm install');
      },
    });
    expect(code).toBe(EXIT_PIPELINE);
    expect(stderr).toBe('eval: cannot set up the pipeline: World gazetteer not found: run npm install\n');
  });

  it.each([
    ['unbalanced quotes', `${HEADER}\nK1,2020-04-01,Riots,Mob violence,,,Kenya,Nairobi,-1.28,36.82,1,0,"never closed\n`, 'not well-formed CSV: line 2: unbalanced quotes: a quoted field opened here is never closed'],
    ['missing columns', 'id,text\n1,hello\n', 'not an ACLED CSV export: the header lacks columns event_id_cnty, event_date'],
    ['a bad number', `${HEADER}\nK1,2020-04-01,Riots,Mob violence,,,Kenya,Nairobi,-1.28,36.82,1,a few,"x"\n`, 'line 2 (K1): fatalities "a few": expected a whole number'],
  ])('exits 2 with one line naming the file on %s', async (_, text, reason) => {
    const { code, stdout, stderr } = await runOnText(text);
    expect(code).toBe(EXIT_USAGE);
    expect(stdout).toBe('');
    expect(stderr.startsWith(`eval: cannot use corpus bad.csv: ${reason}`)).toBe(true);
    expect(stderr.split('\n')).toHaveLength(2); // one line and its newline
  });

  it('exits 2 when --ignore-demonyms is asked of an ACLED export', async () => {
    const { code, stderr } = await run([ACLED_MINI, '--ignore-demonyms']);
    expect(code).toBe(EXIT_USAGE);
    expect(stderr).toMatch(/^eval: --ignore-demonyms applies to the XML gold corpora, not to ACLED's CSV\nusage:/);
  });
});

describe('npm run eval on an ACLED CSV export, as a subprocess', () => {
  const dir = mkdtempSync(join(tmpdir(), 'acled-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with one line and no stack trace for a malformed export', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${HEADER}\nK1,2020-04-01,Riots,Mob violence,,,Kenya,Nairobi,north,36.82,1,0,"x"\n`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/eval.ts', bad], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`eval: cannot use corpus ${bad}: line 2 (K1): latitude "north": expected decimal degrees\n`);
    expect(result.stdout).toBe('');
  });
});

describe('npm run eval on an ACLED CSV export, through the real pipeline', () => {
  it('finds the coded towns and the Mombasa protest of the hand-made notes', async () => {
    const { code, stdout, stderr } = await run([ACLED_MINI, '--json', '--verbose'], { loadPipeline: loadProjectPipeline });
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout);
    expect(doc.pipelineErrors).toBe(0);
    const verdict = (id: string) => doc.notes.find((n: { id: string }) => n.id === id);
    // Mombasa, Avdiivka and Culiacan are unambiguous towns: any working geoparser resolves them within 10 km.
    expect([verdict('KEN9001').townFound, verdict('UKR9003').townFound, verdict('MEX9005').townFound]).toEqual([true, true, true]);
    // "Police fired tear gas at the protesters" in Mombasa: a protest with intervention at the coded town.
    expect(verdict('KEN9001')).toMatchObject({ located: true, locatedType: true });
  });
});
