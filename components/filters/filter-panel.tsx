'use client';
/**
 * Filters: search words, actors and event types (checkboxes with facet counts) and a date range; every change is
 * a URL push.
 */
import { useEffect, useState } from 'react';
import type { EventTypeSlug } from '@/lib/filters/event-types';
import { EVENT_TYPE_SLUGS } from '@/lib/filters/event-types';
import { EVENT_TYPES } from '@/lib/geojson/constants';
import type { ExplorerActor } from '@/lib/explorer-data/types';
import { actorColor } from '@/lib/explorer-data/palette';
import { normalizeIsoDate, normalizeQuery, type ViewState } from '@/lib/url';
import { ShapeSwatch } from './shape-swatch';

const ACTORS_SHOWN = 12; // actors listed before "Show all"

export interface FilterPanelProps {
  state: ViewState;
  actors: readonly ExplorerActor[];
  actorCounts: ReadonlyMap<string, number>;
  typeCounts: ReadonlyMap<EventTypeSlug, number>;
  /** events in the data that articles date long before their publication (hidden unless asked for) */
  backgroundCount: number;
  onChange: (change: Partial<Pick<ViewState, 'actors' | 'types' | 'from' | 'to' | 'background' | 'q'>>) => void;
  /** a line about the search in progress or its failure; null when there is nothing to say */
  searchNote?: string | null;
}

export function FilterPanel({ state, actors, actorCounts, typeCounts, backgroundCount, onChange, searchNote = null }: FilterPanelProps) {
  const [showAll, setShowAll] = useState(false);
  // the words being typed; the URL takes them on Enter or when the field is left
  const [draft, setDraft] = useState(state.q ?? '');
  useEffect(() => setDraft(state.q ?? ''), [state.q]);
  const commitSearch = (): void => {
    const q = normalizeQuery(draft);
    if (q !== state.q) onChange({ q });
  };
  const ticked = new Set(state.actors);
  // Ticked actors always stay visible, even when they are in the long tail.
  const visible = showAll ? actors : actors.filter((a, i) => i < ACTORS_SHOWN || ticked.has(a.id));
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
  const filtersSet =
    state.actors.length + state.types.length > 0 || state.from !== null || state.to !== null || state.background || state.q !== null;

  return (
    <form
      className="filter-panel"
      aria-label="Filters"
      onSubmit={(e) => {
        e.preventDefault();
        commitSearch();
      }}
    >
      <fieldset>
        <legend>Search</legend>
        <input
          type="search"
          name="q"
          aria-label="Search event sentences and article titles"
          placeholder="e.g. chlorine, convoy"
          value={draft}
          maxLength={200}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onBlur={commitSearch}
        />
        {searchNote === null ? null : <p className="filter-empty" role="status">{searchNote}</p>}
      </fieldset>

      <fieldset>
        <legend>Event type</legend>
        {EVENT_TYPE_SLUGS.map((slug, i) => (
          <label key={slug} className="filter-option">
            <input
              type="checkbox"
              name="type"
              value={slug}
              checked={state.types.includes(slug)}
              onChange={(e) => onChange({ types: toggle(state.types, slug, e.currentTarget.checked) })}
            />
            <ShapeSwatch slug={slug} />
            <span className="filter-label">{EVENT_TYPES[i]}</span>
            <span className="filter-count">{typeCounts.get(slug) ?? 0}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Actors</legend>
        {actors.length === 0 ? <p className="filter-empty">No actors in the data.</p> : null}
        {visible.map((actor) => (
          <label key={actor.id} className="filter-option">
            <input
              type="checkbox"
              name="actor"
              value={actor.id}
              checked={ticked.has(actor.id)}
              onChange={(e) => onChange({ actors: toggle(state.actors, actor.id, e.currentTarget.checked) })}
            />
            <span className="actor-dot" style={{ background: actorColor(actor.colorIndex) }} aria-hidden="true" />
            <span className="filter-label">{actor.name}</span>
            <span className="filter-count">{actorCounts.get(actor.id) ?? 0}</span>
          </label>
        ))}
        {actors.length > ACTORS_SHOWN ? (
          <button type="button" className="link-button" onClick={() => setShowAll((v) => !v)}>
            {showAll ? 'Show fewer actors' : `Show all ${actors.length} actors`}
          </button>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>Date</legend>
        <label className="filter-date">
          <span>From</span>
          <input
            type="date"
            name="from"
            value={toInputDate(state.from, 'start')}
            max={toInputDate(state.to, 'end') || undefined}
            onChange={(e) => onChange({ from: fromInputDate(e.currentTarget.value) })}
          />
        </label>
        <label className="filter-date">
          <span>To</span>
          <input
            type="date"
            name="to"
            value={toInputDate(state.to, 'end')}
            min={toInputDate(state.from, 'start') || undefined}
            onChange={(e) => onChange({ to: fromInputDate(e.currentTarget.value) })}
          />
        </label>
        {backgroundCount > 0 || state.background ? (
          <label className="filter-option">
            <input
              type="checkbox"
              name="background"
              checked={state.background}
              onChange={(e) => onChange({ background: e.currentTarget.checked })}
            />
            <span className="filter-label">Include history the articles recall</span>
            <span className="filter-count">{backgroundCount}</span>
          </label>
        ) : null}
      </fieldset>

      <button
        type="button"
        className="secondary-button"
        disabled={!filtersSet}
        onClick={() => onChange({ actors: [], types: [], from: null, to: null, background: false, q: null })}
      >
        Clear filters
      </button>
    </form>
  );
}

/** A date input needs a full day; a partial bound (2017-10) shows as its first or last day. */
function toInputDate(value: string | null, side: 'start' | 'end'): string {
  if (value === null) return '';
  if (value.length === 10) return value;
  if (value.length === 7) {
    if (side === 'start') return `${value}-01`;
    const [y, m] = value.split('-').map(Number) as [number, number];
    return `${value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return side === 'start' ? `${value}-01-01` : `${value}-12-31`;
}

function fromInputDate(value: string): string | null {
  return value === '' ? null : normalizeIsoDate(value);
}
