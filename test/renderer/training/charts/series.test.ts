import { describe, expect, it } from 'vitest';
import { batchLossSeries, downsample, smoothEma } from '../../../../renderer/training/charts/series';

describe('smoothEma', () => {
  it('starts at the first value (bias corrected) and returns raw values at weight 0', () => {
    expect(smoothEma([4, 2], 0)).toEqual([4, 2]);
    expect(smoothEma([4, 4, 4], 0.9).every(v => Math.abs(v - 4) < 1e-9)).toBe(true);
  });

  it('damps noise and lags behind a step', () => {
    const s = smoothEma([0, 0, 0, 10, 10], 0.6);
    expect(s[3]!).toBeGreaterThan(0);
    expect(s[3]!).toBeLessThan(10);
    expect(s[4]!).toBeGreaterThan(s[3]!);
  });

  it('passes non-finite values through without poisoning later ones', () => {
    const s = smoothEma([1, Number.NaN, 1], 0.5);
    expect(Number.isNaN(s[1]!)).toBe(true);
    expect(s[2]).toBeCloseTo(1);
  });
});

describe('downsample', () => {
  const line = Array.from({ length: 10_000 }, (_, i) => ({ x: i, y: Math.sin(i / 100) }));

  it('keeps short series whole', () => {
    expect(downsample(line.slice(0, 50), 500)).toHaveLength(50);
  });

  it('caps the points, keeps the ends and the x order', () => {
    const d = downsample(line, 500);
    expect(d).toHaveLength(500);
    expect(d[0]).toBe(line[0]);
    expect(d.at(-1)).toBe(line.at(-1));
    expect(d.every((p, i) => i === 0 || p.x > d[i - 1]!.x)).toBe(true);
  });

  it('keeps a lone spike', () => {
    const spiky = line.map(p => ({ ...p, y: 0 }));
    spiky[5_001] = { x: 5_001, y: 100 };
    expect(downsample(spiky, 100).some(p => p.y === 100)).toBe(true);
  });
});

describe('batchLossSeries', () => {
  it('smooths then downsamples on the step axis', () => {
    const points = Array.from({ length: 2_000 }, (_, i) => ({ step: i + 1, loss: 2 - i / 1000 }));
    const s = batchLossSeries(points, 0.5, 300);
    expect(s).toHaveLength(300);
    expect(s[0]).toEqual({ x: 1, y: 2 });
  });
});
