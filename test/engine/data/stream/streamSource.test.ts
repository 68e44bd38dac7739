/** Streamed splits over a fake decoder: cache bound, prefetch overlap, bad files, targets, failures. */
import { describe, expect, it } from 'vitest';
import { allIndices } from '../../../../engine/data/gather';
import { seededShuffle } from '../../../../engine/data/random';
import { openStreamedDataset } from '../../../../engine/data/stream/streamedDataset';
import { entries, fakeDecoder, index } from './fakeDecoder';

const SHAPE: [number, number, number] = [2, 2, 1];
const PIXELS = 4;

function open(
  train: ReturnType<typeof entries>,
  opts: { cacheImages?: number; delayMs?: number; validation?: ReturnType<typeof entries>; regression?: boolean } = {},
) {
  const decoder = fakeDecoder(PIXELS, { delayMs: opts.delayMs ?? 0 });
  const data = openStreamedDataset(index(train, opts.validation, undefined, opts.regression), {
    imageShape: SHAPE,
    resize: 'stretch',
    decoder,
    cacheBytes: (opts.cacheImages ?? 1000) * PIXELS,
  });
  return { data, decoder };
}

/** Reads a whole epoch in `batch`-sized fills; returns the image numbers written, in order. */
async function epoch(
  source: ReturnType<typeof open>['data']['train'],
  order: ArrayLike<number>,
  batch = 8,
): Promise<number[]> {
  const x = new Float32Array(batch * PIXELS),
    y = new Float32Array(batch);
  const seen: number[] = [];
  for (let start = 0; start < order.length; start += batch) {
    const n = await source.fill(order, start, batch, x, y);
    for (let i = 0; i < n; i++) seen.push(Math.round(x[i * PIXELS]! * 255));
  }
  return seen;
}

describe('a streamed split', () => {
  it('writes pixels / 255 and class labels in the order asked', async () => {
    const { data } = open(entries(6, { first: 10 }));
    const x = new Float32Array(3 * PIXELS),
      y = new Float32Array(3);
    expect(await data.train.fill([4, 0, 5], 0, 3, x, y)).toBe(3);
    expect(
      Array.from(
        x.filter((_, i) => i % PIXELS === 0),
        v => Math.round(v * 255),
      ),
    ).toEqual([14, 10, 15]);
    expect(Array.from(y)).toEqual([0, 0, 1]);
    expect(data.train.labels).toBeDefined();
    await data.close();
  });

  it('keeps images until the cache is full, then serves the rest by decoding them every epoch', async () => {
    const { data, decoder } = open(entries(100), { cacheImages: 30 });
    const first = await epoch(data.train, seededShuffle(100, 1));
    expect(first).toHaveLength(100);
    expect(decoder.decoded).toHaveLength(100);
    const before = decoder.decoded.length;
    const second = await epoch(data.train, seededShuffle(100, 2));
    expect(second.sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // 30 are served from memory; the 70 the cache had no room for are decoded again.
    expect(decoder.decoded.length - before).toBe(70);
    await data.close();
  });

  it('decodes nothing twice when the cache holds the whole split', async () => {
    const { data, decoder } = open(entries(40));
    await epoch(data.train, seededShuffle(40, 1));
    await epoch(data.train, seededShuffle(40, 2));
    expect(decoder.decoded).toHaveLength(40);
    await data.close();
  });

  it('serves a prefetched batch without waiting for new decodes', async () => {
    const delayMs = 100;
    const { data, decoder } = open(entries(32), { delayMs });
    const order = allIndices(32);
    const x = new Float32Array(8 * PIXELS),
      y = new Float32Array(8);
    await data.train.fill(order, 0, 8, x, y);
    data.train.prefetch(order, 8, 8);
    const chunksAfterPrefetch = decoder.chunks.length;
    // The training step: the prefetched decodes finish meanwhile.
    await new Promise(resolve => setTimeout(resolve, delayMs * 3));
    const started = performance.now();
    expect(await data.train.fill(order, 8, 8, x, y)).toBe(8);
    const waited = performance.now() - started;
    expect(decoder.chunks.length).toBe(chunksAfterPrefetch);
    expect(waited).toBeLessThan(delayMs / 2);
    // Without prefetch, a fill waits for its decodes.
    const cold = performance.now();
    await data.train.fill(order, 16, 8, x, y);
    expect(performance.now() - cold).toBeGreaterThanOrEqual(delayMs * 0.8);
    await data.close();
  });

  it('prefetch spreads a batch over the decode threads in chunks, not one task per image', async () => {
    const { data, decoder } = open(entries(64));
    data.train.prefetch(allIndices(64), 0, 64);
    expect(decoder.chunks.map(c => c.length)).toEqual([32, 32]);
    await data.close();
  });

  it('skips a file that fails to decode, reports it once and never retries it', async () => {
    const { data, decoder } = open(entries(10, { bad: [3, 7] }));
    const order = allIndices(10);
    const first = await epoch(data.train, order, 4);
    expect(first).toEqual([0, 1, 2, 4, 5, 6, 8, 9]);
    await epoch(data.train, order, 4);
    expect(data.train.skipped()).toEqual([
      { path: '/data/bad-img-3.png', reason: 'corrupt file' },
      { path: '/data/bad-img-7.png', reason: 'corrupt file' },
    ]);
    expect(decoder.decoded.filter(p => p.includes('bad'))).toHaveLength(2);
    const rows: number[] = [];
    expect(await data.train.fill(order, 0, 5, new Float32Array(5 * 4), new Float32Array(5), rows)).toBe(4);
    expect(rows).toEqual([0, 1, 2, 4]);
    await expect(data.train.item(3)).rejects.toMatchObject({
      code: 'DATASET_FORMAT',
      message: expect.stringContaining('corrupt file'),
    });
    await data.close();
  });

  it("item() gives one image's uint8 pixels and targets", async () => {
    const { data } = open(entries(4, { first: 20 }));
    const { pixels, targets } = await data.train.item(3);
    expect(Array.from(pixels)).toEqual([23, 23, 23, 23]);
    expect(targets).toEqual([1]);
    await data.close();
  });

  it('writes regression targets from the index', async () => {
    const targets = Float32Array.from([0.5, 1.5, 2.5, 3.5]);
    const { data } = open(entries(4, { targets }), { regression: true });
    expect(data.task).toBe('regression');
    expect(data.train.targetWidth).toBe(1);
    expect(data.train.labels).toBeUndefined();
    const x = new Float32Array(2 * PIXELS),
      y = new Float32Array(2);
    await data.train.fill([3, 1], 0, 2, x, y);
    expect(Array.from(y)).toEqual([3.5, 1.5]);
    expect((await data.train.item(2)).targets).toEqual([2.5]);
    await data.close();
  });

  it('fails the fill when the pool fails, and an unread prefetch does not crash the process', async () => {
    const { data, decoder } = open(entries(20));
    await decoder.close();
    data.train.prefetch(allIndices(20), 10, 10);
    const x = new Float32Array(4 * PIXELS),
      y = new Float32Array(4);
    await expect(data.train.fill(allIndices(20), 0, 4, x, y)).rejects.toThrow(/closed/);
    await new Promise(resolve => setTimeout(resolve, 10));
  });

  it('refuses buffers too small for the batch, and indices outside the split', async () => {
    const { data } = open(entries(4));
    await expect(data.train.fill([0, 1], 0, 2, new Float32Array(PIXELS), new Float32Array(2))).rejects.toThrow(
      RangeError,
    );
    await expect(data.train.fill([9], 0, 1, new Float32Array(PIXELS), new Float32Array(1))).rejects.toThrow(/index 9/);
    await expect(data.train.item(4)).rejects.toThrow(RangeError);
    await data.close();
  });
});

describe('a streamed split of 100,000 images', () => {
  it('holds no more than the cache and the prefetch window, however large the split', async () => {
    const count = 100_000,
      batch = 256,
      cacheImages = 1000;
    const { data, decoder } = open(entries(count), { cacheImages });
    const train = data.train as typeof data.train & { inFlight: number };
    const order = seededShuffle(count, 3);
    const x = new Float32Array(batch * PIXELS),
      y = new Float32Array(batch);
    let written = 0,
      mostInFlight = 0;
    train.prefetch(order, 0, batch * 3);
    for (let start = 0; start < count; start += batch) {
      written += await train.fill(order, start, batch, x, y);
      train.prefetch(order, start + batch, batch * 3);
      mostInFlight = Math.max(mostInFlight, train.inFlight);
    }
    expect(written).toBe(count);
    expect(mostInFlight).toBeLessThanOrEqual(3 * batch);
    // The cache took exactly its budget: the second epoch decodes everything else again.
    const before = decoder.decoded.length;
    await epoch(train, order, batch);
    expect(decoder.decoded.length - before).toBe(count - cacheImages);
    expect(train.inFlight).toBe(0);
    await data.close();
  });
});
