import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, peekDataset } from '../../../engine/data/load';
import { mnistDigitsDir, parseDigitJson } from '../../../engine/data/mnistDigits';
import { mnistLoadMs } from '../../../engine/data/mnistBuiltin';
import type { ImageSplit } from '../../../engine/core/data/types';

const mnist = { kind: 'builtin', name: 'mnist' } as const;
const PIXELS = 784;
const imageKeys = (split: ImageSplit) =>
  Array.from({ length: split.count }, (_, i) =>
    Buffer.from(split.images.subarray(i * PIXELS, (i + 1) * PIXELS)).toString('base64'),
  );
const sameSplit = (a: ImageSplit, b: ImageSplit) =>
  a.count === b.count &&
  Buffer.from(a.images).equals(Buffer.from(b.images)) &&
  Buffer.from(a.labels).equals(Buffer.from(b.labels));
const perClass = (split: ImageSplit) => Array.from({ length: 10 }, (_, c) => split.labels.filter(l => l === c).length);

describe('builtin mnist', () => {
  it('has 8,000 train + validation and 2,000 test digits of 28×28×1, classes 0–9', async () => {
    const data = await loadDataset(mnist, '/anywhere', { validationSplit: 0.1, seed: 42 });
    console.log(`builtin mnist: read and converted in ${(await mnistLoadMs())?.toFixed(0)} ms`);
    expect(data.name).toBe('mnist');
    expect(data.imageShape).toEqual([28, 28, 1]);
    expect(data.classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(data.sizes).toEqual({ train: 7200, validation: 800, test: 2000 });
    for (const split of [data.train, data.validation, data.test]) {
      expect(split.images).toBeInstanceOf(Uint8Array);
      expect(split.images.length).toBe(split.count * PIXELS);
      expect(split.labels.length).toBe(split.count);
    }
  });

  it('looks like digits: dark background, bright strokes, every class in every split', async () => {
    const data = await loadDataset(mnist, '.', { validationSplit: 0.1, seed: 42 });
    const mean = data.train.images.reduce((a, b) => a + b, 0) / data.train.images.length;
    expect(mean).toBeGreaterThan(20);
    expect(mean).toBeLessThan(50);
    expect(data.test.images.reduce((a, b) => Math.max(a, b), 0)).toBe(255);
    for (const split of [data.train, data.validation, data.test]) expect(perClass(split).every(n => n > 0)).toBe(true);
  });

  it('keeps one test set for every seed, stratified, disjoint from train and validation', async () => {
    const a = await loadDataset(mnist, '.', { validationSplit: 0.1, seed: 1 });
    const b = await loadDataset(mnist, '.', { validationSplit: 0.3, seed: 999 });
    expect(sameSplit(b.test, a.test)).toBe(true);
    const counts = perClass(a.test);
    const fullCounts = Array.from(
      { length: 10 },
      (_, c) => perClass(a.train)[c]! + perClass(a.validation)[c]! + counts[c]!,
    );
    counts.forEach((n, c) => expect(Math.abs(n - fullCounts[c]! / 5)).toBeLessThan(1));
    const testKeys = new Set(imageKeys(a.test));
    expect([...imageKeys(a.train), ...imageKeys(a.validation)].filter(k => testKeys.has(k)).length).toBe(0);
  });

  it('carves validation by seed: same seed same split, other seed other split, never class-grouped', async () => {
    const opts = { validationSplit: 0.2, seed: 7 };
    const a = await loadDataset(mnist, '.', opts);
    const again = await loadDataset(mnist, '.', opts);
    const other = await loadDataset(mnist, '.', { ...opts, seed: 8 });
    expect(sameSplit(again.validation, a.validation)).toBe(true);
    expect(sameSplit(other.validation, a.validation)).toBe(false);
    expect(a.validation.count).toBe(1600);
    // The package stores digits grouped by class; the first 100 training digits must already be mixed.
    expect(new Set(a.train.labels.subarray(0, 100)).size).toBe(10);
  });

  it('limit trims train to a stratified subset', async () => {
    const data = await loadDataset(mnist, '.', { validationSplit: 0.1, seed: 3, limit: 500 });
    expect(data.sizes).toEqual({ train: 500, validation: 800, test: 2000 });
    perClass(data.train).forEach(n => expect(n).toBeGreaterThanOrEqual(40));
  });

  it('peek reports the same as load without reading digits', async () => {
    const opts = { validationSplit: 0.15, seed: 5, limit: 3000 };
    const { train: _t, validation: _v, test: _s, ...loaded } = await loadDataset(mnist, '.', opts);
    expect(await peekDataset(mnist, '.', opts)).toEqual(loaded);
    expect((await peekDataset(mnist, '.')).sizes).toEqual({ train: 8000, validation: 0, test: 2000 });
  });

  it('parses the package JSON exactly as JSON.parse would', () => {
    const file = join(mnistDigitsDir(), '7.json');
    const text = readFileSync(file);
    const expected = (JSON.parse(text.toString('utf8')) as { data: number[] }).data.map(v => Math.round(v * 255));
    expect([...parseDigitJson(text, file)]).toEqual(expected);
    expect(() => parseDigitJson(Buffer.from('{"data":[0,0.5,oops]}'), 'bad.json')).toThrow(/bad\.json/);
  });
});
