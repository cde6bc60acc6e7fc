import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `delayMs`: a search box asks the backend per pause, not per key press. */
export function useDebounced<T>(value: T, delayMs = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(t);
  }, [value, delayMs]);
  return settled;
}
