'use client';
/**
 * The event list in the chosen order (newest first unless `sort=oldest`). Ordering lives in a component of its own
 * so that, when a map move re-renders the list in a transition, React can yield before this pass over the events.
 */
import { useMemo } from 'react';
import { orderEvents, type ListOrder } from '@/lib/timeline';
import { EventList, type EventListProps } from './event-list';

export function OrderedEventList({ sort, events, ...rest }: EventListProps & { sort: ListOrder }) {
  const ordered = useMemo(() => orderEvents(events, sort), [events, sort]);
  return <EventList events={ordered} {...rest} />;
}
