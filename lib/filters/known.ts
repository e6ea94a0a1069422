/** Drops what a deep link names but the data does not have: unknown actors, events and places are ignored. */
import type { ViewState } from '../url/view-state';

export interface KnownIds {
  actors: ReadonlySet<string>;
  /** event and route ids (a set of 100,000 ids is built only when a link names one) */
  selectable: { has(id: string): boolean };
  places: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

type WithIds = readonly { id: string }[];

/** The id sets of a dataset (ExplorerData or the map page's MapData), built once per dataset. */
export function knownIds(data: { actors: WithIds; events: WithIds; routes: WithIds; places: WithIds; articles: WithIds }): KnownIds {
  return {
    actors: new Set(data.actors.map((a) => a.id)),
    selectable: lazySet(() => [...data.events.map((e) => e.id), ...data.routes.map((r) => r.id)]),
    places: new Set(data.places.map((p) => p.id)),
    articles: new Set(data.articles.map((a) => a.id)),
  };
}

/**
 * The view with unknown ids removed (a new object; the input is untouched).
 * @example restrictToKnown(parseViewState('actor=isis,nobody'), known).actors // ['isis']
 */
export function restrictToKnown(state: ViewState, known: KnownIds): ViewState {
  return {
    ...state,
    actors: state.actors.filter((id) => known.actors.has(id)),
    event: state.event !== null && known.selectable.has(state.event) ? state.event : null,
    place: state.place !== null && known.places.has(state.place) ? state.place : null,
    article: state.article !== null && known.articles.has(state.article) ? state.article : null,
  };
}

/** A membership test whose set is built on the first call (most page views never ask). */
function lazySet(values: () => readonly string[]): { has(id: string): boolean } {
  let set: ReadonlySet<string> | null = null;
  return {
    has: (id) => {
      set ??= new Set(values());
      return set.has(id);
    },
  };
}
