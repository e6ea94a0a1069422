/**
 * Inspect the world gazetteer and cut test fixtures from it.
 *
 *   npx tsx lib/cli/gazetteer.ts show "Deir el-Zour" Saraqeb       # namesakes as JSON lines, each with the key that
 *                                                                 # found it: exact, loose or variant
 *   npx tsx lib/cli/gazetteer.ts names geonames:172955            # a place's record with all its indexed names
 *   npx tsx lib/cli/gazetteer.ts fixture [ids…]                   # (re)write tests/fixtures/gazetteer/places.json
 *
 * `fixture` with no ids refreshes the places already in the fixture from the current sources.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadWorldGazetteer } from '../gazetteer/world';
import { collectPlaces } from '../gazetteer/build';
import { FIXTURE_PATH, fixtureFileSchema } from '../gazetteer/fixture';

/** namesakes shown per name */
const SHOW_LIMIT = 10;

const [command, ...args] = process.argv.slice(2);

if (command === 'show') {
  const gazetteer = loadWorldGazetteer();
  for (const name of args) {
    const found = gazetteer.explain?.(name, { limit: SHOW_LIMIT }) ?? [];
    if (found.length === 0) console.log(JSON.stringify({ query: name, found: null }));
    for (const { place, key } of found) console.log(JSON.stringify({ query: name, key, ...place }));
  }
} else if (command === 'names' || command === 'fixture') {
  const ids = command === 'fixture' && args.length === 0 ? fixtureIds() : args;
  const wanted = new Set(ids);
  const found = collectPlaces().filter((entry) => wanted.has(entry.place.id));
  const missing = ids.filter((id) => !found.some((entry) => entry.place.id === id));
  if (missing.length > 0) throw new Error(`Not in the gazetteer sources: ${missing.join(', ')}`);
  if (command === 'names') {
    for (const entry of found) console.log(JSON.stringify(entry, null, 2));
  } else {
    const places = found.map((entry) => entry.place);
    const altNames = Object.fromEntries(
      found.map((entry) => [entry.place.id, entry.names.filter((name) => name !== entry.place.name)]),
    );
    writeFileSync(FIXTURE_PATH, `${JSON.stringify({ places, altNames }, null, 1)}\n`);
    console.log(`wrote ${places.length} places to ${FIXTURE_PATH}`);
  }
} else {
  console.error('usage: gazetteer.ts show NAME… | names ID… | fixture [ID…]');
  process.exit(2);
}

function fixtureIds(): string[] {
  const file = fixtureFileSchema.parse(JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')));
  return file.places.map((place) => place.id);
}
