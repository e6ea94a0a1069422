/**
 * `npm run gazetteer -- COMMAND`: add GeoNames country files to the world gazetteer, inspect it, cut test fixtures.
 *
 *   npm run gazetteer -- add SY.txt IQ.txt          # copy GeoNames country dumps into geodata/geonames/ and rebuild
 *   npm run gazetteer -- build                      # rebuild with the files already in geodata/geonames/
 *   npm run gazetteer -- show "Deir el-Zour" Saraqeb  # namesakes as JSON lines, each with the key that found it:
 *                                                   # exact, loose or variant
 *   npm run gazetteer -- names geonames:172955      # a place's record with all its indexed names
 *   npm run gazetteer -- fixture [ids…]             # (re)write tests/fixtures/gazetteer/places.json
 *   npm run gazetteer -- synth LINES [SEED] > XS.txt  # a synthetic country file, to measure what one costs
 *
 * `add` and `build` take `--countries DIR` (default geodata/geonames) and `--out DIR` (default geodata/gazetteer).
 * `fixture` with no ids refreshes the places already in the fixture from the current sources.
 * Exit code 0 on success, 1 on a bad file or failed build, 2 on a usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadWorldGazetteer } from '../gazetteer/world';
import { buildGazetteer, collectPlaces, DEFAULT_SOURCES } from '../gazetteer/build';
import { addCountryFiles, COUNTRY_FILES_DIR, listCountryFiles } from '../gazetteer/country-files';
import { FIXTURE_PATH, fixtureFileSchema } from '../gazetteer/fixture';
import { syntheticDump } from '../gazetteer/synthetic-dump';

/** namesakes shown per name */
const SHOW_LIMIT = 10;
const DEFAULT_OUT = 'geodata/gazetteer';
const MS_PER_S = 1000;
const BYTES_PER_MB = 1e6;
const USAGE = 'usage: gazetteer.ts add [--countries DIR] [--out DIR] FILE… | build [--countries DIR] [--out DIR] | show NAME… | names ID… | fixture [ID…] | synth LINES [SEED]';

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (command === 'add' || command === 'build') {
    const { countries, out, files } = buildOptions(rest);
    if (command === 'add' && files.length === 0) return usage();
    if (command === 'build' && files.length > 0) return usage();
    const added = command === 'add' ? addCountryFiles(files, countries) : [];
    for (const file of added) console.log(`added ${file}`);
    rebuild(countries, out);
    return 0;
  }
  if (command === 'show') {
    const gazetteer = loadWorldGazetteer();
    for (const name of rest) {
      const found = gazetteer.explain?.(name, { limit: SHOW_LIMIT }) ?? [];
      if (found.length === 0) console.log(JSON.stringify({ query: name, found: null }));
      for (const { place, key } of found) console.log(JSON.stringify({ query: name, key, ...place }));
    }
    return 0;
  }
  if (command === 'synth') {
    const [lines, seed = '1'] = rest;
    if (lines === undefined || rest.length > 2 || !/^\d+$/.test(lines) || !/^\d+$/.test(seed)) return usage();
    process.stdout.write(syntheticDump(Number(lines), Number(seed)));
    return 0;
  }
  if (command === 'names' || command === 'fixture') {
    cutPlaces(command, rest);
    return 0;
  }
  return usage();
}

/** Rebuild the gazetteer with every country file of `countries`; one line with what it cost. */
function rebuild(countries: string, out: string): void {
  const countryFiles = listCountryFiles(countries);
  const started = Date.now();
  const summary = buildGazetteer(out, { ...DEFAULT_SOURCES, countryFiles });
  const seconds = ((Date.now() - started) / MS_PER_S).toFixed(1);
  const peak = (process.resourceUsage().maxRSS * 1024 / BYTES_PER_MB).toFixed(0);
  console.log(`gazetteer: built ${out} in ${seconds} s with ${countryFiles.length} country file(s): ` +
    `${summary.places} places, ${summary.strictKeys} keys, ${(summary.bytes / BYTES_PER_MB).toFixed(1)} MB, peak RSS ${peak} MB`);
}

function buildOptions(args: readonly string[]): { countries: string; out: string; files: string[] } {
  let countries = COUNTRY_FILES_DIR;
  let out = DEFAULT_OUT;
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--countries' || arg === '--out') {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`${arg} needs a folder`);
      if (arg === '--countries') countries = value;
      else out = value;
      i += 1;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`Unknown option: ${arg}`);
    } else {
      files.push(arg);
    }
  }
  return { countries, out, files };
}

function cutPlaces(command: 'names' | 'fixture', args: readonly string[]): void {
  const ids = command === 'fixture' && args.length === 0 ? fixtureIds() : args;
  const wanted = new Set(ids);
  const found = collectPlaces().filter((entry) => wanted.has(entry.place.id));
  const missing = ids.filter((id) => !found.some((entry) => entry.place.id === id));
  if (missing.length > 0) throw new Error(`Not in the gazetteer sources: ${missing.join(', ')}`);
  if (command === 'names') {
    for (const entry of found) console.log(JSON.stringify(entry, null, 2));
    return;
  }
  const places = found.map((entry) => entry.place);
  const altNames = Object.fromEntries(
    found.map((entry) => [entry.place.id, entry.names.filter((name) => name !== entry.place.name)]),
  );
  writeFileSync(FIXTURE_PATH, `${JSON.stringify({ places, altNames }, null, 1)}\n`);
  console.log(`wrote ${places.length} places to ${FIXTURE_PATH}`);
}

function fixtureIds(): string[] {
  const file = fixtureFileSchema.parse(JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')));
  return file.places.map((place) => place.id);
}

class UsageError extends Error {}

function usage(message?: string): number {
  if (message !== undefined) console.error(message);
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.exitCode = usage(error.message);
  } else {
    console.error(`gazetteer: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
