import type { EventCollection } from './schema';

/**
 * Serialises the collection as valid JSON with one article or feature per line, so a diff of two runs shows
 * which features changed and the writer can stream it chunk by chunk instead of building one huge string.
 * @example JSON.parse([...serializeCollection(collection)].join('')) // deep-equals collection
 */
export function* serializeCollection(collection: EventCollection): Generator<string> {
  yield `{"type":${JSON.stringify(collection.type)},\n"articles":[`;
  yield* joinLines(collection.articles);
  yield '],\n"features":[';
  yield* joinLines(collection.features);
  yield ']}\n';
}

function* joinLines(items: readonly unknown[]): Generator<string> {
  for (let i = 0; i < items.length; i++) {
    yield `${i === 0 ? '\n' : ',\n'}${JSON.stringify(items[i])}`;
  }
  if (items.length > 0) yield '\n';
}
