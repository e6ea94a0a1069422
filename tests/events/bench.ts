/**
 * Speed of the event stage alone (not a test; run `npx tsx tests/events/bench.ts`): extractEvents on the seed
 * article with pre-split sentences and hand-built mentions, repeated, reported as articles per second.
 */
import { extractEvents } from '../../lib/events/index';
import { splitSentences } from '../../lib/text/sentences';
import { SEED_ARTICLE, SEED_MENTIONS, SEED_TEXT } from './seed-fixture';

const WARMUP_RUNS = 200;
const MEASURED_RUNS = 3000;
const MICROSECONDS_PER_MS = 1000;

const sentences = splitSentences(SEED_TEXT);
for (let i = 0; i < WARMUP_RUNS; i += 1) extractEvents(SEED_ARTICLE, sentences, SEED_MENTIONS);
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (let i = 0; i < MEASURED_RUNS; i += 1) extractEvents(SEED_ARTICLE, sentences, SEED_MENTIONS);
const elapsedMs = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
const cpuMs = (cpu.user + cpu.system) / MICROSECONDS_PER_MS;
const report = (label: string, ms: number): string =>
  `${label} ${(ms / MEASURED_RUNS).toFixed(3)} ms/article = ${Math.round((1000 * MEASURED_RUNS) / ms)} articles/s`;
console.log(`extractEvents on the seed (${sentences.length} sentences) × ${MEASURED_RUNS}:`);
console.log(`  ${report('wall', elapsedMs)}`);
console.log(`  ${report('cpu ', cpuMs)} (the machine is shared: cpu time is the fairer figure)`);
