import { describe, expect, it } from 'vitest';
import { formatDuration, formatPercent, formatValue } from '../../../renderer/shared/format';

describe('format', () => {
  it('shows durations for the ETA', () => {
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(4_800)).toBe('1 h 20 min');
  });

  it('shows percentages and values', () => {
    expect(formatPercent(0.9734)).toBe('97.3 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatValue(0.00123456)).toBe('0.001235');
    expect(formatValue(0.0000123)).toBe('1.2e-5');
    expect(formatValue(12345.6)).toBe('12,346');
  });
});
