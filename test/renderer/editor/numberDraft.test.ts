import { expect, test } from 'vitest';
import { parseNumberDraft, rangeHint, stepNumber } from '../../../renderer/editor/inspector/numberDraft';

const int = { integer: true, min: 1, max: 4096 };
const rate = { integer: false, min: 0, max: 1, exclusiveMax: true };

test('valid text becomes a value', () => {
  expect(parseNumberDraft(' 32 ', int)).toEqual({ ok: true, value: 32 });
  expect(parseNumberDraft('.25', rate)).toEqual({ ok: true, value: 0.25 });
  expect(parseNumberDraft('1e-3', rate)).toEqual({ ok: true, value: 0.001 });
});

test('invalid text gives the message shown under the field', () => {
  expect(parseNumberDraft('', int)).toEqual({ ok: false, message: 'Enter a value.' });
  expect(parseNumberDraft('3.5', int)).toEqual({ ok: false, message: 'Enter a whole number.' });
  expect(parseNumberDraft('abc', rate)).toEqual({ ok: false, message: 'Enter a number.' });
  const range = parseNumberDraft('0', int);
  expect(range.ok).toBe(false);
  expect(!range.ok && range.message).toMatch(/^0 is out of range: must be from 1 to 4096/);
  expect(parseNumberDraft('1', rate).ok).toBe(false);
});

test('range hints and arrow steps respect the limits', () => {
  expect(rangeHint(int)).toBe('1 – 4096');
  expect(rangeHint({ integer: true, min: 0 })).toBe('≥ 0');
  expect(stepNumber(1, -1, int, '1')).toBe(1);
  expect(stepNumber(0.5, 1, rate, '0.5')).toBe(0.6);
  expect(stepNumber(0.9, 1, rate, '0.9')).toBe(0.9);
});
