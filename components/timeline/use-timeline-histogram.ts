'use client';
/**
 * The timeline's histogram for the explorer: the events the list would show under every filter but the dates
 * (actors, types, background, and the map view or the selected place), counted per bin. Both steps (the filter
 * pass without dates, then the count) are timed with performance.measure('timeline-histogram') so
 * `npm run bench:map` can read what the timeline costs after a filter change.
 */
import { useDeferredValue, useMemo } from 'react';
import type { MapEvent } from '@/lib/explorer-data/types';
import type { Bounds, EventFilter } from '@/lib/filters/filter-events';
import { applyFilter, type FilterIndex, type Locations } from '@/lib/filters/filter-index';
import { brushedSpan, buildTimeIndex, histogram, indexesInView, type Histogram } from '@/lib/timeline';
import { HISTOGRAM_MEASURE } from '@/lib/timeline/measure';


export interface TimelineInput {
  events: readonly MapEvent[];
  filterIndex: FilterIndex;
  /** the explorer's filter; its dates are ignored (the timeline shows every date) */
  filter: EventFilter;
  /** the events passing `filter` (applyFilter's indexes): reused when the filter sets no dates */
  filtered: Int32Array;
  /** the brushed period: the bins reach over it even where no event is */
  from: string | null;
  to: string | null;
  locations: Locations;
  /** the map's view; null before the map reported one */
  bounds: Bounds | null;
  /** the selected place: the list shows only its events, so does the timeline */
  place: string | null;
  /** the ids a text search (`?q=`) found, or null without a search: the timeline counts only those */
  searchIds?: ReadonlySet<string> | null;
}

export function useTimelineHistogram({ events, filterIndex, filter, filtered, from, to, locations, bounds, place, searchIds = null }: TimelineInput): Histogram | null {
  const timeIndex = useMemo(() => buildTimeIndex(events), [events]);
  // Every filter but the dates: the brush picks a period of the timeline, it does not empty the rest of it. Keyed
  // by the filter's text so a filter field added later (a text search) is followed without touching this file.
  const allDates = useMemo(() => ({ ...filter, from: null, to: null }), [filter]);
  const key = JSON.stringify(allDates);
  const dateless = filter.from === null && filter.to === null;
  const undated = useMemo(() => {
    if (dateless) return filtered; // the explorer's own pass already is the one without dates
    const started = performance.now();
    const passed = applyFilter(filterIndex, allDates).indexes;
    // the explorer's pass is narrowed to a search's events already; this one is narrowed here
    const indexes = searchIds === null ? passed : passed.filter((i) => searchIds.has((events[i] as MapEvent).id));
    performance.measure(HISTOGRAM_MEASURE, { start: started, end: performance.now() });
    return indexes;
  }, [filterIndex, key, dateless ? filtered : null, searchIds]); // eslint-disable-line react-hooks/exhaustive-deps
  // A map move redraws the list first and the timeline in a render of its own: two short tasks, not one long one.
  const view = useDeferredValue(bounds);
  return useMemo(() => {
    const started = performance.now();
    const onlyAt = place === null ? null : { place, placeOf: (i: number) => (events[i] as MapEvent).placeId };
    const subset = indexesInView(locations, place === null ? view : null, undated, onlyAt);
    const result = histogram(timeIndex, subset, { include: brushedSpan(from, to) });
    performance.measure(HISTOGRAM_MEASURE, { start: started, end: performance.now() });
    return result;
  }, [timeIndex, undated, locations, view, place, events, from, to]); // eslint-disable-line react-hooks/exhaustive-deps
}
