/** The event type's marker shape as a small inline SVG (React, shared with the legend). */
import type { EventTypeSlug } from '@/lib/filters/event-types';
import { EVENT_SHAPES, SHAPE_VIEWBOX } from '@/components/map/event-shapes';

const SWATCH_SIZE = 14; // px

export function ShapeSwatch({ slug, color = '#455a64', hollow = false }: { slug: EventTypeSlug; color?: string; hollow?: boolean }) {
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
