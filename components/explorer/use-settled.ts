'use client';
/** A value that follows another once it has stopped changing for a while: what slow follow-up queries should ask. */
import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same (by identity) for `delayMs`; the initial value at once, and the current value
 * at once whenever `flushOn` changes (a filter click should not wait out the settling of the pan before it).
 */
export function useSettled<T>(value: T, delayMs: number, flushOn: unknown = null): T {
  const [settled, setSettled] = useState(value);
  const [flushedFor, setFlushedFor] = useState(flushOn);
  if (flushedFor !== flushOn) {
    // React's "adjust state while rendering": this render already returns the flushed value
    setFlushedFor(flushOn);
    setSettled(value);
  }
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return flushedFor !== flushOn ? value : settled;
}
