'use client';
/** A value that follows another once it has stopped changing for a while: what slow follow-up queries should ask. */
import { useEffect, useState } from 'react';

/** `value` once it has stayed the same (by identity) for `delayMs`; the initial value at once. */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
