'use client';
/**
 * The side list: events in the current filters and map view, by date. A windowed listbox (only the visible rows
 * exist in the DOM), so 100,000 events scroll smoothly. Keyboard: Tab in, ArrowUp/ArrowDown/Home/End move,
 * Enter selects, Escape clears the selection.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MapEvent } from '@/lib/explorer-data/types';
import { useDetails, type DetailsStore } from '@/components/explorer/details-store';
import { ShapeSwatch } from '@/components/filters/shape-swatch';

export const ROW_HEIGHT = 92; // px, fixed so the window is arithmetic
const OVERSCAN_ROWS = 6; // rows rendered above and below the visible ones
const DEFAULT_VIEWPORT = 600; // px, before the first measurement

export interface EventListProps {
  events: readonly MapEvent[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onClear: () => void;
  actorName: (id: string) => string;
  /** "refugee camp", "district" … shown beside the place's name; null for towns */
  placeKindOf: (placeId: string) => string | null;
  actorColorOf: (id: string) => string;
  /** sentences are fetched for the rows on screen */
  details: DetailsStore;
  label: string;
}

export function EventList({ events, selectedId, onSelect, onClear, actorName, placeKindOf, actorColorOf, details, label }: EventListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  const selectedIndex = selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId);
  const [active, setActive] = useState(Math.max(0, selectedIndex));
  const activeIndex = Math.min(active, events.length - 1);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight || DEFAULT_VIEWPORT));
    observer.observe(el);
    setViewport(el.clientHeight || DEFAULT_VIEWPORT);
    return () => observer.disconnect();
  }, []);

  // A selection made on the map scrolls the list to it and makes it the active row.
  useEffect(() => {
    if (selectedIndex < 0) return;
    setActive(selectedIndex);
    scrollIntoView(selectedIndex);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, selectedIndex]);

  // The list gets shorter when the provenance panel opens under it: keep the selected row in sight.
  useEffect(() => {
    if (selectedIndex >= 0) scrollIntoView(selectedIndex);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewport]);

  const scrollIntoView = (index: number) => {
    const el = scroller.current;
    if (!el) return;
    const top = index * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setScrollTop(el.scrollTop);
  };

  const move = (index: number) => {
    const next = Math.max(0, Math.min(events.length - 1, index));
    setActive(next);
    scrollIntoView(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(events.length - 1),
      Enter: () => {
        const event = events[activeIndex];
        if (event) onSelect(event.id);
      },
      ' ': () => {
        const event = events[activeIndex];
        if (event) onSelect(event.id);
      },
      Escape: () => onClear(),
    };
    const action = keys[e.key];
    if (!action || events.length === 0) return;
    e.preventDefault();
    action();
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN_ROWS);
  const last = Math.min(events.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN_ROWS);
  const rows = events.slice(first, last);
  useDetails(details, rows.map((e) => e.index));

  return (
    <div
      ref={scroller}
      className="event-list"
      data-testid="event-list"
      role="listbox"
      aria-label={label}
      aria-activedescendant={events[activeIndex] ? optionId(activeIndex) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      {events.length === 0 ? (
        <p className="event-list-empty">No events match the filters in this part of the map.</p>
      ) : (
        <div className="event-list-spacer" style={{ height: events.length * ROW_HEIGHT }}>
          {rows.map((event, offset) => {
            const index = first + offset;
            return (
              <div
                key={event.id}
                id={optionId(index)}
                role="option"
                aria-selected={event.id === selectedId}
                aria-posinset={index + 1}
                aria-setsize={events.length}
                data-testid="event-item"
                data-event-id={event.id}
                className={'event-item' + (index === activeIndex ? ' is-active' : '')}
                style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
                onClick={() => {
                  setActive(index);
                  onSelect(event.id);
                }}
              >
                <div className="event-item-head">
                  <ShapeSwatch slug={event.typeSlug} color={actorColorOf(event.actorIds[0] ?? '')} hollow={event.precision === 3} />
                  <span className="event-item-type">{event.subEventType ?? event.eventType}</span>
                  <time className="event-item-date" dateTime={event.date ?? undefined}>
                    {event.date ?? 'undated'}
                  </time>
                </div>
                <div className="event-item-meta">
                  <span className="event-item-place">
                    {event.placeName}
                    {placeNote(placeKindOf(event.placeId), event.precision)}
                  </span>
                  {' · '}
                  <span className="event-item-actors">{event.actorIds.map(actorName).join(', ') || 'no actor named'}</span>
                  {event.fatalities === null ? null : (
                    <span className="event-item-fatalities">
                      {' · '}
                      {fatalitiesText(event.fatalities)}
                    </span>
                  )}
                </div>
                <p className="event-item-sentence">{details.get(event.index)?.sentence ?? '…'}</p>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}

/** What the place is ("camp", "district"), or that the event is known only to an area. */
function placeNote(kind: string | null, precision: 1 | 2 | 3): string {
  if (kind !== null) return ` (${kind})`;
  return precision === 3 ? ' (area)' : '';
}

/** As the article reports it: a death toll, or that nobody died. */
function fatalitiesText(count: number): string {
  if (count === 0) return 'no deaths reported';
  return count === 1 ? '1 killed' : `${count} killed`;
}

function optionId(index: number): string {
  return `event-option-${index}`;
}
