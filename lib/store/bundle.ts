/**
 * Cutting the output contract into the store's unit of writing: one ArticleBundle per article. The places of a
 * bundle carry that article's mentions only, and every place an event or route of it points at.
 */
import type { EventCollection, EventFeature, PlaceFeature, RouteFeature } from '../geojson/schema';
import type { ArticleBundle } from './types';

/**
 * One bundle per article of `collection`, in its article order.
 * @example splitCollection(buildCollection(results)).map((b) => b.article.id) // ['raqqa-2017']
 */
export function splitCollection(collection: EventCollection): ArticleBundle[] {
  const byArticle = new Map<string, { places: PlaceFeature[]; events: EventFeature[]; routes: RouteFeature[] }>(
    collection.articles.map((a) => [a.id, { places: [], events: [], routes: [] }]),
  );
  const bucket = (article: string) => {
    const found = byArticle.get(article);
    if (found === undefined) throw new Error(`Unexpected article: ${article} is not in the collection's articles`);
    return found;
  };
  for (const feature of collection.features) {
    const p = feature.properties;
    if (p.kind === 'event') bucket(p.article).events.push(feature as EventFeature);
    else if (p.kind === 'route') bucket(p.article).routes.push(feature as RouteFeature);
    else {
      const place = feature as PlaceFeature;
      const byArticleMentions = new Map<string, PlaceFeature['properties']['mentions']>();
      for (const m of place.properties.mentions) byArticleMentions.set(m.article, [...(byArticleMentions.get(m.article) ?? []), m]);
      for (const [article, mentions] of byArticleMentions) {
        bucket(article).places.push({ ...place, properties: { ...place.properties, mentions } });
      }
    }
  }
  return collection.articles.map((article) => ({ article, ...bucket(article.id) }));
}
