/**
 * Adding one article to a built collection, or taking one out, without re-running the pipeline on the others.
 * The result equals what `buildCollection` makes of all the articles' results together: places merged per
 * gazetteer id with their mentions in (article, start, end) order, events and routes grouped by article id.
 */
import type { EventCollection, Mention, PlaceFeature } from '../geojson/schema';

type Feature = EventCollection['features'][number];

/** An events file with nothing in it yet. */
export const EMPTY_COLLECTION: EventCollection = { type: 'FeatureCollection', articles: [], features: [] };

/**
 * `base` without article `id`: its metadata, events and routes, and its mentions of places (a place left with no
 * mention goes too). Never mutates `base`.
 * @example withoutArticle(collection, 'raqqa-2017').articles.some((a) => a.id === 'raqqa-2017') // false
 */
export function withoutArticle(base: EventCollection, id: string): EventCollection {
  const features: Feature[] = [];
  for (const feature of base.features) {
    if (feature.properties.kind !== 'place') {
      if (feature.properties.article !== id) features.push(feature);
      continue;
    }
    const place = feature as PlaceFeature;
    const mentions = place.properties.mentions.filter((m) => m.article !== id);
    if (mentions.length === place.properties.mentions.length) features.push(place);
    else if (mentions.length > 0) features.push({ ...place, properties: { ...place.properties, mentions } });
  }
  return { ...base, articles: base.articles.filter((a) => a.id !== id), features };
}

/**
 * `base` with the articles of `addition` (a collection built from their results alone) replacing any of the same
 * id. Never mutates either input.
 * @example withArticles(collection, buildCollection([result], files)).articles.length
 */
export function withArticles(base: EventCollection, addition: EventCollection): EventCollection {
  const cleared = addition.articles.reduce((acc, article) => withoutArticle(acc, article.id), base);
  const places = new Map<string, PlaceFeature>();
  const others: Feature[] = [];
  for (const feature of [...cleared.features, ...addition.features]) {
    if (feature.properties.kind !== 'place') {
      others.push(feature);
      continue;
    }
    const place = feature as PlaceFeature;
    const id = String(place.id);
    const known = places.get(id);
    places.set(
      id,
      known === undefined
        ? place
        : { ...known, properties: { ...known.properties, mentions: [...known.properties.mentions, ...place.properties.mentions].toSorted(compareMentions) } },
    );
  }
  const byArticle = (a: Feature, b: Feature): number => compareCodeUnits(articleOf(a), articleOf(b));
  const events = others.filter((f) => f.properties.kind === 'event').toSorted(byArticle);
  const routes = others.filter((f) => f.properties.kind === 'route').toSorted(byArticle);
  return {
    type: 'FeatureCollection',
    articles: [...cleared.articles, ...addition.articles].toSorted((a, b) => compareCodeUnits(a.id, b.id)),
    features: [...[...places.values()].toSorted((a, b) => compareCodeUnits(String(a.id), String(b.id))), ...events, ...routes],
  };
}

function articleOf(feature: Feature): string {
  return feature.properties.kind === 'place' ? '' : feature.properties.article;
}

function compareMentions(a: Mention, b: Mention): number {
  return compareCodeUnits(a.article, b.article) || a.start - b.start || a.end - b.end;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
