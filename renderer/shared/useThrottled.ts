import { useEffect, useRef, useState } from 'react';

/**
 * `value`, updated at most every `ms` and at least `delay` ms after it changes. The batch chart
 * redraws at 2 Hz while the progress text follows every store update, and each chart waits a
 * different `delay` so their redraws land in separate tasks instead of one long one.
 */
export function useThrottled<T>(value: T, ms: number, delay = 0): T {
  const [shown, setShown] = useState(value);
  const last = useRef(-Infinity);
  useEffect(() => {
    const wait = Math.max(delay, last.current + ms - performance.now());
    const timer = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, ms, delay]);
  return shown;
}
