'use client';
/** The legend over the map: shape = event type, colour = first actor, hollow = only the area is known; with counts. */
import { useState } from 'react';
import type { EventTypeSlug } from '@/lib/filters/event-types';
import { EVENT_TYPE_SLUGS } from '@/lib/filters/event-types';
import { EVENT_TYPES } from '@/lib/geojson/constants';
import { ShapeSwatch } from '@/components/filters/shape-swatch';

const LEGEND_ACTORS = 6; // actors listed in the legend

export interface MapLegendProps {
  typeCounts: ReadonlyMap<EventTypeSlug, number>;
  actors: readonly { id: string; name: string; color: string; count: number }[];
  total: number;
  /** open at first (collapsed on a phone, where it would cover the map) */
  defaultOpen?: boolean;
}

export function MapLegend({ typeCounts, actors, total, defaultOpen = true }: MapLegendProps) {
  // The first value only: afterwards the reader opens and closes it.
  const [open] = useState(defaultOpen);
  return (
    <details className="map-legend" open={open}>
      <summary>Legend · {total} shown</summary>
      <ul aria-label="Event types">
        {EVENT_TYPE_SLUGS.map((slug, i) =>
          (typeCounts.get(slug) ?? 0) > 0 ? (
            <li key={slug}>
              <ShapeSwatch slug={slug} />
              <span>{EVENT_TYPES[i]}</span>
              <span className="legend-count">{typeCounts.get(slug)}</span>
            </li>
          ) : null,
        )}
        <li>
          <ShapeSwatch slug="battles" hollow />
          <span>Hollow: only the province or country is known</span>
        </li>
      </ul>
      <ul aria-label="Colours: first actor">
        {actors.slice(0, LEGEND_ACTORS).map((actor) => (
          <li key={actor.id}>
            <span className="actor-dot" style={{ background: actor.color }} aria-hidden="true" />
            <span>{actor.name}</span>
            <span className="legend-count">{actor.count}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
