import { useEffect, useState } from 'react';

/** The event the end-to-end tests dispatch to make one part of the UI fail: `detail` is its area name. */
const TEST_CRASH_EVENT = 'convas:test-crash';

/**
 * Throws while rendering when a test asks this area to fail, so the error boundaries can be tested
 * in the real app without planting a bug. Inert otherwise: nothing in the app dispatches the event.
 */
export function TestCrashHook({ area }: { area: string }) {
  const [crash, setCrash] = useState(false);
  useEffect(() => {
    const onCrash = (e: Event) => {
      if ((e as CustomEvent<unknown>).detail === area) setCrash(true);
    };
    window.addEventListener(TEST_CRASH_EVENT, onCrash);
    return () => window.removeEventListener(TEST_CRASH_EVENT, onCrash);
  }, [area]);
  if (crash) throw new Error(`Forced crash of the ${area} (test hook)`);
  return null;
}
