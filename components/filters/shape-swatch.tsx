/** The event type's marker shape as a small inline SVG (React, shared with the legend); in the type's colour unless given one. */
import type { EventTypeSlug } from '@/lib/filters/event-types';
import { EVENT_SHAPES, SHAPE_VIEWBOX } from '@/components/map/event-shapes';
import { typeColor } from '@/lib/explorer-data/type-palette';

const SWATCH_SIZE = 14; // px

export function ShapeSwatch({ slug, color = typeColor(slug), hollow = false }: { slug: EventTypeSlug; color?: string; hollow?: boolean }) {
  return (
    <svg className="shape-swatch" viewBox={SHAPE_VIEWBOX} width={SWATCH_SIZE} height={SWATCH_SIZE} aria-hidden="true">
      <path
        d={EVENT_SHAPES[slug].path}
        fill={hollow ? '#ffffff' : color}
        stroke={hollow ? color : '#ffffff'}
        strokeWidth={hollow ? 3 : 1.5}
        strokeLinejoin="round"
      />
    </svg>
  );
}
