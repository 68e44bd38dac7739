import { expect, test } from 'vitest';
import {
  CANVAS_MIN,
  clampDock,
  defaultDockHeight,
  DOCK_MIN,
  dockHeightAfterKey,
  dockLimits,
} from '../../../renderer/components/dockHeight';

test('at 1280×800 the default leaves both the canvas and the dock usable', () => {
  const h = defaultDockHeight(800);
  expect(h).toBe(362);
  expect(800 - 46 - h).toBeGreaterThanOrEqual(300);
  expect(dockLimits(800)).toEqual({ min: DOCK_MIN, max: 800 - 46 - CANVAS_MIN });
});

test('a short window still gives the dock its minimum', () => {
  expect(dockLimits(300)).toEqual({ min: DOCK_MIN, max: DOCK_MIN });
  expect(defaultDockHeight(300)).toBe(DOCK_MIN);
  expect(clampDock(10_000, dockLimits(800))).toBe(514);
});

test('the splitter keys step, page and jump to the limits', () => {
  const limits = { min: 160, max: 514 };
  expect(dockHeightAfterKey('ArrowUp', 362, limits)).toBe(402);
  expect(dockHeightAfterKey('ArrowDown', 362, limits)).toBe(322);
  expect(dockHeightAfterKey('PageUp', 480, limits)).toBe(514);
  expect(dockHeightAfterKey('PageDown', 200, limits)).toBe(160);
  expect(dockHeightAfterKey('Home', 362, limits)).toBe(160);
  expect(dockHeightAfterKey('End', 362, limits)).toBe(514);
  expect(dockHeightAfterKey('a', 362, limits)).toBeNull();
});
