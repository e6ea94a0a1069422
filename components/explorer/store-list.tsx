'use client';
/** The side list in store mode: one page of the store's list (date order) at a time, with buttons to page through. */
import type { ListItem, ListPage } from '@/lib/store/types';
import { ShapeSwatch } from '@/components/filters/shape-swatch';

export interface StoreListProps {
  page: ListPage | null;
  pageSize: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onPage: (offset: number) => void;
  actorName: (id: string) => string;
  actorColorOf: (id: string) => string;
  label: string;
}

export function StoreList({ page, pageSize, selectedId, onSelect, onPage, actorName, actorColorOf, label }: StoreListProps) {
  if (page === null) {
    return (
      <ol className="event-list store-list" data-testid="event-list" aria-label={label}>
        <li className="event-list-empty">Loading the events in view…</li>
      </ol>
    );
  }
  const last = Math.min(page.total, page.offset + page.items.length);
  return (
    <>
      <ol className="event-list store-list" data-testid="event-list" aria-label={label} start={page.offset + 1}>
        {page.items.length === 0 ? <li className="event-list-empty">No events match the filters in this part of the map.</li> : null}
        {page.items.map((item) => (
          <li key={item.id} data-testid="event-item" data-event-id={item.id} className={'event-item' + (item.id === selectedId ? ' is-active' : '')}>
            <button type="button" className="store-list-item" aria-pressed={item.id === selectedId} onClick={() => onSelect(item.id)}>
              <span className="event-item-head">
                <ShapeSwatch slug={item.typeSlug} color={actorColorOf(item.actorIds[0] ?? '')} hollow={false} />
                <span className="event-item-type">{item.eventType}</span> <time className="event-item-date">{item.date ?? 'undated'}</time>
              </span>
              <span className="event-item-meta">{metaLine(item, actorName)}</span>
              <span className="event-item-sentence">{item.sentence}</span>
            </button>
          </li>
        ))}
      </ol>
      <nav className="store-list-pages" aria-label="List pages">
        <button type="button" disabled={page.offset === 0} onClick={() => onPage(Math.max(0, page.offset - pageSize))}>
          Previous
        </button>
        <span data-testid="list-range">
          {page.total === 0 ? '0' : `${(page.offset + 1).toLocaleString('en')}–${last.toLocaleString('en')}`} of {page.total.toLocaleString('en')}
        </span>
        <button type="button" disabled={last >= page.total} onClick={() => onPage(page.offset + pageSize)}>
          Next
        </button>
      </nav>
    </>
  );
}

function metaLine(item: ListItem, actorName: (id: string) => string): string {
  const actors = item.actorIds.map(actorName).join(', ') || 'no actor named';
  const deaths = item.fatalities === null ? '' : ` · ${item.fatalities} killed`;
  return `${item.placeName} · ${actors}${deaths}`;
}
