/**
 * One colour per ACLED event type, shared by the map's legend and filter swatches and the timeline's stacked bars,
 * so a colour means the same type everywhere. Okabe–Ito's colour-blind-safe set, chosen apart from the actor
 * palette's Tableau 10 where it could be, and dark enough to show on white.
 */
import type { EventTypeSlug } from '../filters/event-types';

export const TYPE_COLORS: Readonly<Record<EventTypeSlug, string>> = {
  battles: '#d55e00', // vermilion
  'explosions-remote-violence': '#cc79a7', // reddish purple
  'violence-against-civilians': '#8c2d04', // dark brown-red
  protests: '#0072b2', // blue
  riots: '#e69f00', // orange
  'strategic-developments': '#009e73', // bluish green
};

/**
 * The colour of an event type.
 * @example typeColor('protests') // '#0072b2'
 */
export function typeColor(slug: EventTypeSlug): string {
  return TYPE_COLORS[slug];
}
