/** The dock's height in px: a default that leaves the canvas usable, limits, and the splitter's keys. Pure. */

export const DOCK_MIN = 160;
/** The canvas never gets less than this, whatever the dock asks. */
export const CANVAS_MIN = 240;
const DOCK_STEP = 40;
const PAGE_STEP = 120;
/** Top bar height (theme.css --topbar-h). */
const TOP_BAR = 46;

export interface DockLimits {
  min: number;
  max: number;
}

export function dockLimits(viewportHeight: number): DockLimits {
  return { min: DOCK_MIN, max: Math.max(DOCK_MIN, viewportHeight - TOP_BAR - CANVAS_MIN) };
}

export const clampDock = (height: number, { min, max }: DockLimits): number =>
  Math.round(Math.max(min, Math.min(max, height)));

/** A little under half of the room below the top bar: at 1280×800, 362 px of dock and 392 px of canvas. */
export const defaultDockHeight = (viewportHeight: number): number =>
  clampDock((viewportHeight - TOP_BAR) * 0.48, dockLimits(viewportHeight));

/** The height after a key on the splitter (arrows and Page keys step, Home/End go to the limits), or null for other keys. */
export function dockHeightAfterKey(key: string, height: number, limits: DockLimits): number | null {
  const delta: Record<string, number> = {
    ArrowUp: DOCK_STEP,
    ArrowDown: -DOCK_STEP,
    PageUp: PAGE_STEP,
    PageDown: -PAGE_STEP,
  };
  if (key in delta) return clampDock(height + delta[key]!, limits);
  if (key === 'Home') return limits.min;
  if (key === 'End') return limits.max;
  return null;
}
