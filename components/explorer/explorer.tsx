'use client';
/**
 * The explorer: filters, map, list and provenance, all driven by one ViewState read from (and written to) the URL.
 * Loaded with next/dynamic and ssr:false (Leaflet needs window).
 */
import { startTransition, useCallback, useMemo, useRef, useState } from 'react';
import type { Map as LeafletMap } from 'leaflet';
import type { MapData, MapEvent, MapPlace, ExplorerRoute, EventDetails, LngLat } from '@/lib/explorer-data/types';
import { actorColor } from '@/lib/explorer-data/palette';
import { facetCounts, filterRoutes, type Bounds, type EventFilter } from '@/lib/filters/filter-events';
import { applyFilter, buildFilterIndex, eventsInView, groupLocations } from '@/lib/filters/filter-index';
import type { EventTypeSlug } from '@/lib/filters/event-types';
import { knownIds } from '@/lib/filters/known';
import type { MapView, ViewState } from '@/lib/url';
import { FOCUS_ZOOM } from '@/lib/url/focus-zoom';
import { EventList } from '@/components/events/event-list';
import { FilterPanel } from '@/components/filters/filter-panel';
import { Provenance, type ProvenanceSubject } from '@/components/article/provenance';
import EventMap, { type InitialView } from '@/components/map/event-map';
import { MapLegend } from '@/components/map/map-legend';
import { bboxToLatLngBounds, toLatLng } from '@/components/map/latlng';
import { Toolbar } from './toolbar';
import { placeKind } from '@/lib/explorer-data/place-kind';
import { useViewState } from './use-view-state';
import { DetailsStore, useDetails, useMentions } from './details-store';
import { useSearch, type SearchState } from './use-search';
import { shownDates } from '@/lib/timeline';
import { Timeline } from '@/components/timeline/timeline';
import { useAfterTimeline } from '@/components/timeline/use-after-timeline';
import { OrderedEventList } from '@/components/events/ordered-event-list';
import { SortControl } from '@/components/events/sort-control';
import { PhoneBar, SheetClose, usePhoneSheets, useSelectEvent } from './phone-sheets';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';

const EVENT_ZOOM = FOCUS_ZOOM.event; // zoom when a link selects a precise event
const PLACE_ZOOM = FOCUS_ZOOM.place; // zoom when a link selects a precise place
const FIT_MAX_ZOOM = 8; // never zoom closer than this when fitting all events
const WORLD_VIEW: MapView = { zoom: 2, lat: 25, lng: 15 };

export interface ExplorerProps {
  data: MapData;
  /** version of the events file: event details and mentions are fetched for it */
  version: string;
  initialState: ViewState;
  /** on /place/<id>: the place of the path */
  pinnedPlace: string | null;
}

export default function Explorer({ data, version, initialState, pinnedPlace }: ExplorerProps) {
  const known = useMemo(() => knownIds(data), [data]);
  const { state, update, replaceMapView, popCount } = useViewState(initialState, known, pinnedPlace);
  const mapRef = useRef<LeafletMap | null>(null);
  const [bounds, setBounds] = useState<Bounds | null>(null);

  const store = useMemo(() => new DetailsStore(version), [version]);
  const filterIndex = useMemo(() => buildFilterIndex(data.events, data.actors), [data.events, data.actors]);
  const actorById = useMemo(() => new Map(data.actors.map((a) => [a.id, a])), [data.actors]);
  const placeById = useMemo(() => new Map(data.places.map((p) => [p.id, p])), [data.places]);
  const articleById = useMemo(() => new Map(data.articles.map((a) => [a.id, a])), [data.articles]);
  const placeKindOf = useCallback((id: string) => {
    const place = placeById.get(id);
    return place ? placeKind(place) : null;
  }, [placeById]);
  const actorName = useCallback((id: string) => actorById.get(id)?.name ?? id, [actorById]);
  const actorColorOf = useCallback((id: string) => actorColor(actorById.get(id)?.colorIndex), [actorById]);
  const eventColor = useCallback((e: MapEvent) => actorColorOf(e.actorIds[0] ?? ''), [actorColorOf]);
  const routeColor = useCallback((r: ExplorerRoute) => actorColorOf(r.actorIds[0] ?? ''), [actorColorOf]);
  const describe = useCallback(
    (e: MapEvent) =>
      `${e.date ?? 'undated'} — ${e.subEventType ?? e.eventType} — ${e.actorIds.map(actorName).join(', ') || 'no actor'} — ${e.placeName}${kindNote(placeKindOf(e.placeId))}`,
    [actorName, placeKindOf],
  );

  // While a play window is set, the map and the list show that window (lib/timeline/shown-dates.ts).
  const { from: shownFrom, to: shownTo } = shownDates(state);
  const filter: EventFilter = useMemo(
    () => ({ actors: state.actors, types: state.types, from: shownFrom, to: shownTo, background: state.background, article: state.article }),
    [state.actors, state.types, shownFrom, shownTo, state.background, state.article],
  );
  const search = useSearch(state.q);
  const current = useMemo(() => {
    const result = searched(applyFilter(filterIndex, filter), data.events, search, filter);
    const events: MapEvent[] = new Array<MapEvent>(result.indexes.length);
    for (let k = 0; k < events.length; k++) events[k] = data.events[result.indexes[k] as number] as MapEvent;
    return { filtered: events, facets: result, filter };
  }, [data.events, filterIndex, filter, search]);
  // The timeline follows a filter change in the click's own render; the map, the list and the legend one task later.
  const shown = useAfterTimeline(current);
  const { filtered, facets } = shown;
  const backgroundCount = useMemo(() => data.events.reduce((n, e) => n + (e.background ? 1 : 0), 0), [data.events]);
  const routes = useMemo(() => filterRoutes(data.routes, shown.filter), [data.routes, shown.filter]);
  const selectedPlace = state.place === null ? null : (placeById.get(state.place) ?? null);
  const locations = useMemo(() => groupLocations(data.events), [data.events]);
  // Points of the filtered events, numbered once per dataset: the map groups by number instead of by coordinates.
  const eventPoints = useMemo(
    () => ({ of: facets.indexes.map((i) => locations.of[i] as number), count: locations.points.length }),
    [facets.indexes, locations],
  );
  const listed = useMemo(() => {
    if (selectedPlace) return filtered.filter((e) => e.placeId === selectedPlace.id);
    if (!bounds) return filtered;
    const inView = eventsInView(data.events, locations, bounds, facets.indexes);
    return inView.length === filtered.length ? filtered : inView; // everything in view: the list keeps its array
  }, [data.events, filtered, facets.indexes, locations, bounds, selectedPlace]);

  const isPhone = useMediaQuery(PHONE_QUERY);
  const sheets = usePhoneSheets();

  // One scan per selection change: a map of 100,000 ids would cost more at load than every lookup after it.
  const selectedEvent = useMemo(() => findEvent(data.events, state.event), [data.events, state.event]);
  useDetails(store, selectedEvent ? [selectedEvent.index] : []);
  const selectedDetails = selectedEvent ? store.get(selectedEvent.index) : undefined;
  const subject = useMemo(
    () => (state.event === null ? null : subjectOf(state.event, selectedEvent, selectedDetails, data.routes, describe)),
    [state.event, selectedEvent, selectedDetails, data.routes, describe],
  );
  const mentions = useMentions(version, subject?.article ?? null);
  const highlighted = placeById.get(state.place ?? subject?.placeId ?? '') ?? null;
  // One pass over the filtered events for the legend and the area outlines (a selection reuses it).
  const tallies = useMemo(() => tally(filtered), [filtered]);
  const outlinedPlaces = useMemo(() => areaPlaces(tallies.areas, placeById, highlighted), [tallies, placeById, highlighted]);
  const legendActors = useMemo(
    () => firstActorList(tallies.firstActors, actorName, actorColorOf),
    [tallies, actorName, actorColorOf],
  );
  const legendTypes = tallies.types;

  const initialView = useMemo(() => initialViewFor(state, data, selectedEvent, filtered, placeById), []); // eslint-disable-line react-hooks/exhaustive-deps

  const onViewChange = useCallback(
    (view: MapView, b: Bounds) => {
      // The list of events in view follows a pan as a transition: React renders it in slices between frames
      // instead of one 30–60 ms task after every moveend.
      startTransition(() => setBounds(b));
      replaceMapView(view);
    },
    [replaceMapView],
  );
  const onMapReady = useCallback((map: LeafletMap) => {
    mapRef.current = map;
  }, []);
  const select = useSelectEvent(update, isPhone, sheets.open);
  const clearSelection = useCallback(() => update({ event: null }), [update]);
  const flyTo = useCallback(
    (placeId: string) => {
      const place = placeById.get(placeId);
      const map = mapRef.current;
      if (!place || !map) return;
      if (place.precision === 3 && place.area) map.flyToBounds(bboxToLatLngBounds(place.area.bbox), { maxZoom: PLACE_ZOOM });
      else map.flyTo(toLatLng(place.lngLat), Math.max(map.getZoom(), PLACE_ZOOM));
    },
    [placeById],
  );
  const selectPlace = useCallback(
    (placeId: string | null) => {
      update({ place: placeId });
      if (placeId !== null) flyTo(placeId);
    },
    [update, flyTo],
  );

  const listLabel = selectedPlace ? `Events at ${selectedPlace.name}` : 'Events in view';
  return (
    <div className="explorer" data-sheet={sheets.sheet ?? undefined}>
      <div className="explorer-tools">
        <Toolbar events={filtered} actors={data.actors} articles={data.articles} places={placeById} details={store} />
      </div>
      <aside className="explorer-filters" id="explorer-filters" aria-label="Filter panel">
        <SheetClose label="Close filters" onClose={sheets.close} />
        <FilterPanel
          state={state}
          actors={data.actors}
          actorCounts={facets.actors}
          typeCounts={facets.types}
          backgroundCount={backgroundCount}
          onChange={update}
          searchNote={searchNote(search)}
        />
      </aside>
      <div className="explorer-map-wrap" data-testid="map" role="region" aria-label="Map of events">
        <EventMap
          initialView={initialView}
          events={filtered}
          eventPoints={eventPoints}
          routes={routes}
          outlinedPlaces={outlinedPlaces}
          selectedId={state.event}
          highlightPlaceId={state.place ?? subject?.placeId ?? null}
          eventColor={eventColor}
          routeColor={routeColor}
          describe={describe}
          onSelect={select}
          popView={state.map}
          popCount={popCount}
          onViewChange={onViewChange}
          onMapReady={onMapReady}
        />
        <MapLegend typeCounts={legendTypes} actors={legendActors} total={filtered.length} defaultOpen={!isPhone} />
      </div>
      <Timeline
        input={{ events: data.events, filterIndex, filter, filtered: current.facets.indexes, from: state.from, to: state.to, locations, bounds, place: selectedPlace?.id ?? null, searchIds: searchIdsOf(search) }}
        state={state}
        onChange={update}
      />
      <PhoneBar sheet={sheets.sheet} onOpen={sheets.open} count={listed.length} />
      <section className="explorer-side" id="explorer-side" aria-label="Events">
        <div className="list-head">
          <h2>{listLabel}</h2>
          <p data-testid="event-count" aria-live="polite">
            {listed.length} {listed.length === 1 ? 'event' : 'events'}
          </p>
          <SortControl sort={state.sort} onChange={(sort) => update({ sort })} />
          <SheetClose label="Close the list" onClose={sheets.close} />
          {selectedPlace ? (
            <button type="button" className="link-button" onClick={() => selectPlace(null)}>
              Show all places
            </button>
          ) : null}
        </div>
        <OrderedEventList
          sort={state.sort}
          events={listed}
          selectedId={state.event}
          onSelect={select}
          onClear={clearSelection}
          actorName={actorName}
          placeKindOf={placeKindOf}
          actorColorOf={actorColorOf}
          details={store}
          label={listLabel}
        />
        {subject ? (
          <Provenance
            key={subject.id}
            subject={subject}
            article={articleById.get(subject.article)}
            mentions={mentions}
            onFlyTo={flyTo}
            onClose={clearSelection}
            placeAction={
              subject.placeId && subject.placeId !== state.place
                ? { label: `All events at ${placeById.get(subject.placeId)?.name ?? subject.placeId}`, run: () => selectPlace(subject.placeId) }
                : null
            }
          />
        ) : selectedEvent ? (
          <p className="provenance-note" role="status">
            Loading where this comes from…
          </p>
        ) : null}
      </section>
    </div>
  );
}

// --- helpers ---

function subjectOf(
  id: string,
  event: MapEvent | undefined,
  details: EventDetails | undefined,
  routes: readonly ExplorerRoute[],
  describe: (e: MapEvent) => string,
): (ProvenanceSubject & { placeId: string | null }) | null {
  if (event) return details ? { ...pick(details), id, kind: 'event', heading: describe(event), placeId: event.placeId } : null;
  const route = routes.find((r) => r.id === id);
  if (route) {
    return { ...pick(route), id, kind: 'route', heading: `Route: ${route.fromName} → ${route.toName}${route.date ? ` (${route.date})` : ''}`, placeId: null };
  }
  return null;
}

function pick(item: { article: string; sentence: string; start: number; end: number }) {
  return { article: item.article, sentence: item.sentence, start: item.start, end: item.end };
}

function initialViewFor(
  state: ViewState,
  data: MapData,
  event: MapEvent | undefined,
  filtered: readonly MapEvent[],
  placeById: ReadonlyMap<string, MapPlace>,
): InitialView {
  if (state.map) return { kind: 'view', center: [state.map.lat, state.map.lng], zoom: state.map.zoom };
  const place = placeById.get(event?.placeId ?? state.place ?? '');
  if (place?.precision === 3 && place.area) return { kind: 'bounds', bounds: bboxToLatLngBounds(place.area.bbox), maxZoom: PLACE_ZOOM };
  if (event) return { kind: 'view', center: toLatLng(event.lngLat), zoom: EVENT_ZOOM };
  if (place) return { kind: 'view', center: toLatLng(place.lngLat), zoom: PLACE_ZOOM };
  const route = state.event === null ? undefined : data.routes.find((r) => r.id === state.event);
  const count = route ? route.coordinates.length : filtered.length;
  if (count === 0) return { kind: 'view', center: [WORLD_VIEW.lat, WORLD_VIEW.lng], zoom: WORLD_VIEW.zoom };
  let [west, south, east, north] = [180, 90, -180, -90];
  // Indexed, not mapped: no array of 100,000 points just to take their box.
  for (let k = 0; k < count; k++) {
    const [lng, lat] = route ? (route.coordinates[k] as LngLat) : (filtered[k] as MapEvent).lngLat;
    if (lng < west) west = lng;
    if (lng > east) east = lng;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return { kind: 'bounds', bounds: bboxToLatLngBounds([west, south, east, north]), maxZoom: FIT_MAX_ZOOM };
}

function findEvent(events: readonly MapEvent[], id: string | null): MapEvent | undefined {
  return id === null ? undefined : events.find((e) => e.id === id);
}

interface Tallies {
  /** events per first actor */
  firstActors: Map<string, number>;
  types: Map<MapEvent['typeSlug'], number>;
  /** low-precision events per place */
  areas: Map<string, number>;
}

function tally(events: readonly MapEvent[]): Tallies {
  const firstActors = new Map<string, number>();
  const types = new Map<MapEvent['typeSlug'], number>();
  const areas = new Map<string, number>();
  for (const e of events) {
    const first = e.actorIds[0];
    if (first !== undefined) firstActors.set(first, (firstActors.get(first) ?? 0) + 1);
    types.set(e.typeSlug, (types.get(e.typeSlug) ?? 0) + 1);
    if (e.precision === 3) areas.set(e.placeId, (areas.get(e.placeId) ?? 0) + 1);
  }
  return { firstActors, types, areas };
}

/** Low-precision places with events in the filter, most events first; the selected place leads. */
function areaPlaces(counts: ReadonlyMap<string, number>, placeById: ReadonlyMap<string, MapPlace>, selected: MapPlace | null): MapPlace[] {
  const places = [...counts.entries()]
    .toSorted((a, b) => b[1] - a[1])
    .flatMap(([id]) => {
      const place = placeById.get(id);
      return place?.area && place.id !== selected?.id ? [place] : [];
    });
  return selected?.area ? [selected, ...places] : places;
}

function firstActorList(
  counts: ReadonlyMap<string, number>,
  actorName: (id: string) => string,
  actorColorOf: (id: string) => string,
): { id: string; name: string; color: string; count: number }[] {
  return [...counts.entries()]
    .toSorted((a, b) => b[1] - a[1])
    .map(([id, count]) => ({ id, name: actorName(id), color: actorColorOf(id), count }));
}

function kindNote(kind: string | null): string {
  return kind === null ? '' : ` (${kind})`;
}

/**
 * The filter's result narrowed to the search's events (none while the search is on its way or failed), with the
 * facet counts taken over the search's events too.
 */
function searched<R extends { indexes: Int32Array; actors: Map<string, number>; types: Map<EventTypeSlug, number> }>(
  result: R,
  events: readonly MapEvent[],
  search: SearchState,
  filter: EventFilter,
): R {
  if (search.status === 'off') return result;
  const ids = search.status === 'ready' ? search.ids : new Set<string>();
  const found = search.status === 'ready' ? events.filter((e) => ids.has(e.id)) : [];
  return { ...result, indexes: result.indexes.filter((i) => ids.has(events[i]?.id ?? '')), ...facetCounts(found, filter) };
}

/** the ids a search found (none while it loads or failed), or null without a search */
function searchIdsOf(search: SearchState): ReadonlySet<string> | null {
  if (search.status === 'off') return null;
  return search.status === 'ready' ? search.ids : NO_IDS;
}

const NO_IDS: ReadonlySet<string> = new Set();

function searchNote(search: SearchState): string | null {
  if (search.status === 'loading') return `Searching for “${search.q}”…`;
  if (search.status === 'error') return `Search unavailable: ${search.message}`;
  return null;
}
