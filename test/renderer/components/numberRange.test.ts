import { expect, test } from 'vitest';
import { z } from 'zod';
import { rangeText, schemaRange } from '../../../renderer/components/numberRange';

test('a schema states the range the project file accepts, through .default()', () => {
  expect(schemaRange(z.number().int().min(1).max(10_000).default(5))).toEqual({ min: 1, max: 10_000, integer: true });
  expect(schemaRange(z.number().positive().max(10).default(0.001))).toEqual({ min: 0, minExclusive: true, max: 10 });
  expect(schemaRange(z.number().int().min(1))).toEqual({ min: 1, integer: true });
  expect(schemaRange(z.number())).toEqual({});
});

test('ranges read as people write them', () => {
  expect(rangeText({ min: 1, max: 10_000 })).toBe('1–10,000');
  expect(rangeText({ min: 0, max: 0.5 })).toBe('0–0.5');
  expect(rangeText({ min: 0, minExclusive: true, max: 10 })).toBe('more than 0, at most 10');
  expect(rangeText({ min: 1 })).toBe('at least 1');
  expect(rangeText({ max: 1, maxExclusive: true })).toBe('less than 1');
  expect(rangeText({})).toBe('');
});
