import { useEffect, type RefObject } from 'react';

/** Recharts' layer containers: empty <g> elements its content is portalled into. */
const PORTAL_LAYERS = 'svg g[class^="recharts-zIndex-layer"]:not([tabindex])';

/**
 * Keeps recharts' portal layers out of the Tab order. React puts its focus listeners on every portal
 * container, and Chromium makes an SVG element with focus listeners focusable, so each chart would
 * add five nameless Tab stops; an explicit tabindex="-1" takes them out (the chart itself stays one stop).
 */
export function useUntabbablePortals(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fix = () => el.querySelectorAll(PORTAL_LAYERS).forEach(g => g.setAttribute('tabindex', '-1'));
    fix();
    const added = new MutationObserver(fix);
    added.observe(el, { childList: true, subtree: true });
    return () => added.disconnect();
  }, [ref]);
}
