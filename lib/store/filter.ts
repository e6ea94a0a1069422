/** The URL's view state as the store's filter: the same fields the page filters by, plus the search words. */
import type { ViewState } from '../url/view-state';
import type { StoreFilter } from './types';

/**
 * @example storeFilterOf(parseViewState('actor=isis&q=convoy')) // { actors: ['isis'], …, q: 'convoy' }
 */
export function storeFilterOf(state: Pick<ViewState, 'actors' | 'types' | 'from' | 'to' | 'background' | 'q'> & { article?: string | null }): StoreFilter {
  return { actors: state.actors, types: state.types, from: state.from, to: state.to, background: state.background, q: state.q, article: state.article ?? null };
}
