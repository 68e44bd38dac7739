import { expect, test } from 'vitest';
import { outOfRange, parseNumberDraft, stepNumber } from '../../../renderer/components/numberDraft';

const int = { integer: true, min: 1, max: 4096 };
const rate = { integer: false, min: 0, max: 1, maxExclusive: true };

test('valid text becomes a value', () => {
  expect(parseNumberDraft(' 32 ', int)).toEqual({ ok: true, value: 32 });
  expect(parseNumberDraft('.25', rate)).toEqual({ ok: true, value: 0.25 });
  expect(parseNumberDraft('1e-3', rate)).toEqual({ ok: true, value: 0.001 });
});

test('invalid text gives the message shown under the field, the same for every number field', () => {
  expect(parseNumberDraft('', int)).toEqual({ ok: false, message: 'Enter a value.' });
  expect(parseNumberDraft('3.5', int)).toEqual({ ok: false, message: 'Enter a whole number.' });
  expect(parseNumberDraft('abc', rate)).toEqual({ ok: false, message: 'Enter a number.' });
  expect(parseNumberDraft('0', int)).toEqual({ ok: false, message: 'At least 1.' });
  expect(parseNumberDraft('5000', int)).toEqual({ ok: false, message: 'At most 4,096.' });
  expect(parseNumberDraft('1', rate)).toEqual({ ok: false, message: 'Less than 1.' });
  expect(outOfRange(0, { min: 0, minExclusive: true })).toBe('More than 0.');
  expect(outOfRange(0.5, rate)).toBeNull();
});

test('arrow steps respect the limits, exclusive ones included', () => {
  expect(stepNumber(1, -1, int, '1')).toBe(1);
  expect(stepNumber(0.5, 1, rate, '0.5')).toBe(0.6);
  expect(stepNumber(0.9, 1, rate, '0.9')).toBe(0.9);
  expect(stepNumber(0.1, -1, { integer: false, min: 0, minExclusive: true }, '0.1')).toBe(0.1);
});
