import { describe, expect, test } from 'vitest';
import { FIT_MAX_ZOOM, FIT_MIN_ZOOM, readableViewport } from '../../../renderer/editor/readableViewport';

describe('readableViewport', () => {
  test('a small graph is centred, no closer than FIT_MAX_ZOOM', () => {
    const v = readableViewport({ x: 0, y: 0, width: 208, height: 76 }, 1000, 600);
    expect(v.zoom).toBe(FIT_MAX_ZOOM);
    expect(v.x + (208 / 2) * v.zoom).toBeCloseTo(500);
    expect(v.y + (76 / 2) * v.zoom).toBeCloseTo(300);
  });
  test('a tall graph in a short view stays at FIT_MIN_ZOOM and shows its top', () => {
    const v = readableViewport({ x: 100, y: 40, width: 208, height: 1400 }, 900, 280);
    expect(v.zoom).toBe(FIT_MIN_ZOOM);
    expect(v.y + 40 * v.zoom).toBe(24);
    expect(v.x + (100 + 104) * v.zoom).toBeCloseTo(450);
  });
  test('a graph that fits at a zoom in between is fitted whole', () => {
    const v = readableViewport({ x: 0, y: 0, width: 208, height: 900 }, 900, 600);
    expect(v.zoom).toBeGreaterThan(FIT_MIN_ZOOM);
    expect(v.zoom).toBeLessThan(FIT_MAX_ZOOM);
    expect(v.y).toBeGreaterThan(0);
    expect(v.y + 900 * v.zoom).toBeLessThan(600);
  });
});
