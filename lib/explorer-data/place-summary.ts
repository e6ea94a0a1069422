/** A place's one-line summary for link previews (Open Graph) and the place page. */
import type { ExplorerData } from './types';
import { placeKind } from './place-kind';

export interface PlaceSummary {
  title: string;
  description: string;
  eventCount: number;
}

/**
 * Title and description of a place from its events, or null when the place is unknown.
 * @example placeSummary(data, 'geonames:172955')?.title // 'Raqqa, SY'
 */
export function placeSummary(data: ExplorerData, placeId: string): PlaceSummary | null {
  const place = data.places.find((p) => p.id === placeId);
  if (!place) return null;
  const events = data.events.filter((e) => e.placeId === placeId);
  const title = placeTitle(place);
  const kind = placeKind(place);
  const named = kind === null || kind === 'country' ? place.name : `${place.name} (${kind})`;
  const types = new Map<string, number>();
  for (const e of events) types.set(e.eventType, (types.get(e.eventType) ?? 0) + 1);
  const typeText = [...types.entries()]
    .toSorted((a, b) => b[1] - a[1])
    .map(([type, n]) => `${n} ${type.toLowerCase()}`)
    .join(', ');
  const dates = events.flatMap((e) => (e.date ? [e.date] : [])).toSorted();
  const span = dates.length === 0 ? '' : dates[0] === dates.at(-1) ? ` on ${dates[0]}` : ` from ${dates[0]} to ${dates.at(-1)}`;
  const noun = events.length === 1 ? 'event' : 'events';
  const description =
    events.length === 0
      ? `${named}: mentioned in the news, no events recorded here.`
      : `${events.length} ${noun} at ${named}${span}: ${typeText}.`;
  return { title, description, eventCount: events.length };
}

/**
 * A place's name with its country code, unless it is a country.
 * @example placeTitle({ name: 'Raqqa', countryCode: 'SY', placeType: 'city' }) // 'Raqqa, SY'
 */
export function placeTitle(place: { name: string; countryCode: string | null; placeType: string }): string {
  return place.countryCode && place.placeType !== 'country' ? `${place.name}, ${place.countryCode}` : place.name;
}
