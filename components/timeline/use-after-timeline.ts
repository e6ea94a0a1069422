'use client';
/**
 * The rest of the page one task behind the timeline. After a filter change the click's own render draws the
 * filters and the timeline (a few milliseconds); what the map, the list and the legend make of the change (tens of
 * milliseconds at 100,000 events) is rendered in the next task, so the histogram is on screen without waiting for
 * them. The price is what the browser does between the two (paint the timeline, run Next's router update): the map
 * and the list show the change 20–40 ms later than when everything was one render (bench:map, load 7–12). The
 * second render is synchronous (flushSync), like the single render it replaces; a time-sliced transition
 * (useDeferredValue) held the map back about 60 ms instead.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * `value` as the page's heavy parts should see it: the same on the first render, then each new value one task
 * after the render that brought it (a newer value before then replaces it).
 * @example const { filtered } = useAfterTimeline(filterResult);
 */
export function useAfterTimeline<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const timer = setTimeout(() => flushSync(() => setShown(() => value)), 0);
    return () => clearTimeout(timer);
  }, [value, shown]);
  return shown;
}
