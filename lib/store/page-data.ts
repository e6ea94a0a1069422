/**
 * What the map page needs from the server in store mode: the store's counts, its actors ranked with their palette
 * colours (as the events file would rank them), and the URL's state with ids the store does not hold dropped, so a
 * deep link opens the same view as it would on the events file. Server-only (it opens the store).
 */
import { fileExists } from '../fs/exists';
import { placeTitle } from '../explorer-data/place-summary';
import { withPaletteColor } from '../explorer-data/to-explorer-data';
import { resolveEventsPath } from '../explorer-data/load';
import type { ExplorerActor } from '../explorer-data/types';
import { FOCUS_ZOOM } from '../url/focus-zoom';
import type { ViewState } from '../url/view-state';
import { pageMode, storeModeThreshold } from './page-mode';
import { getServedStore } from './server';
import type { AsyncEventStore, StoreCounts } from './types';

export interface StorePage {
  counts: StoreCounts;
  /** most events first, with palette colours */
  actors: readonly ExplorerActor[];
  /** the URL's state, unknown actors, event, place and article dropped; without a map view in the URL, centred on
   * the linked event or place (as the file mode opens such a link) */
  state: ViewState;
  /** the linked place's title (name, country code), null without a known place */
  placeName: string | null;
}

const CACHE_KEY = Symbol.for('geo-event-explorer.store-page-actors');
type CacheHolder = { [CACHE_KEY]?: { key: string; actors: Promise<readonly ExplorerActor[]> } };
const holder = globalThis as CacheHolder;

/**
 * The store-mode page data, or null when the page should load the events file as before.
 * @example const page = await storePageFor(parseViewState(searchParams)); if (page === null) … // file mode
 */
export async function storePageFor(state: ViewState): Promise<StorePage | null> {
  const served = await getServedStore();
  const counts = served.ok ? await served.store.counts() : null;
  const mode = pageMode({
    storeEvents: counts?.events ?? null,
    eventsFile: await fileExists(resolveEventsPath(process.env, process.cwd())),
    databaseUrl: Boolean(process.env.DATABASE_URL?.trim()),
    threshold: storeModeThreshold(process.env),
  });
  if (mode === 'file' || !served.ok || counts === null) return null;
  const actors = await rankedActors(served.store, counts);
  const place = state.place === null ? null : await served.store.place(state.place);
  const placeName = place === null ? null : placeTitle(place.properties);
  return { counts, actors, state: await restrictToStore(state, served.store, actors), placeName };
}

// --- private helpers ---

/** Counting every actor's events scans the links table: once per store content, not once per page view. */
function rankedActors(store: AsyncEventStore, counts: StoreCounts): Promise<readonly ExplorerActor[]> {
  const key = JSON.stringify(counts);
  const cached = holder[CACHE_KEY];
  if (cached?.key === key) return cached.actors;
  const actors = store.actors().then((list) => list.map(withPaletteColor));
  holder[CACHE_KEY] = { key, actors };
  actors.catch(() => {
    if (holder[CACHE_KEY]?.key === key) delete holder[CACHE_KEY];
  });
  return actors;
}

async function restrictToStore(state: ViewState, store: AsyncEventStore, actors: readonly ExplorerActor[]): Promise<ViewState> {
  const known = new Set(actors.map((a) => a.id));
  const [event, place, article] = await Promise.all([
    state.event === null ? null : store.event(state.event),
    state.place === null ? null : store.place(state.place),
    state.article === null ? null : store.article(state.article),
  ]);
  const focus = event ?? place;
  const zoom = event !== null ? FOCUS_ZOOM.event : FOCUS_ZOOM.place;
  const [lng, lat] = focus?.geometry.coordinates ?? [];
  return {
    ...state,
    actors: state.actors.filter((id) => known.has(id)),
    event: event === null ? null : state.event,
    place: place === null ? null : state.place,
    article: article === null ? null : state.article,
    map: state.map ?? (lng === undefined || lat === undefined ? null : { zoom, lat, lng }),
  };
}
