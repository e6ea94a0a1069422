/** URL slugs for ACLED's six event types, in ACLED's order; the slug is what deep links and filter inputs carry. */
import { EVENT_TYPES, type EventType } from '../geojson/constants';

export const EVENT_TYPE_SLUGS = [
  'battles',
  'explosions-remote-violence',
  'violence-against-civilians',
  'protests',
  'riots',
  'strategic-developments',
] as const;

export type EventTypeSlug = (typeof EVENT_TYPE_SLUGS)[number];

const SLUG_BY_TYPE = new Map<EventType, EventTypeSlug>(
  EVENT_TYPES.map((type, i) => [type, EVENT_TYPE_SLUGS[i] as EventTypeSlug]),
);
const TYPE_BY_SLUG = new Map<string, EventType>(EVENT_TYPES.map((type, i) => [EVENT_TYPE_SLUGS[i] as string, type]));

/**
 * The URL slug of an ACLED event type.
 * @example eventTypeSlug('Explosions/Remote violence') // 'explosions-remote-violence'
 */
export function eventTypeSlug(type: EventType): EventTypeSlug {
  const slug = SLUG_BY_TYPE.get(type);
  if (!slug) throw new Error(`Unexpected event type: ${type}`);
  return slug;
}

/**
 * The ACLED event type for a URL slug, or null for anything else.
 * @example eventTypeFromSlug('riots') // 'Riots'
 */
export function eventTypeFromSlug(slug: string): EventType | null {
  return TYPE_BY_SLUG.get(slug) ?? null;
}

/** True when `value` is one of the six slugs. */
export function isEventTypeSlug(value: string): value is EventTypeSlug {
  return TYPE_BY_SLUG.has(value);
}
