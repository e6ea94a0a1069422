import type { ExtractedEvent, ExtractedRoute } from '../events/types';
import type { ResolvedMention } from '../geoparse/types';
import type { Article } from '../text/types';

/** Everything the pipeline found in one article: the input of `buildCollection`. */
export interface ArticleResult {
  article: Article;
  mentions: ResolvedMention[];
  events: ExtractedEvent[];
  routes: ExtractedRoute[];
}
