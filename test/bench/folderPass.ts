/**
 * One pass over a folder dataset through the streaming pipeline, in its own process so that its
 * peak resident memory is the pipeline's. Prints one JSON line.
 * usage: tsx test/bench/folderPass.ts FOLDER HxWxC   (CONVAS_DATA_CACHE_MB bounds the cache)
 */
import { openDataset } from '../../engine/data/load';
import { seededShuffle } from '../../engine/data/random';

const [folder, shapeText] = process.argv.slice(2);
const shape = shapeText!.split('x').map(Number) as [number, number, number];
const BATCH = 64;

const started = performance.now();
const data = await openDataset({ kind: 'folder', path: folder!, resize: 'stretch' }, '/', {
  validationSplit: 0,
  testSplit: 0,
  seed: 1,
  imageShape: shape,
});
const indexedSeconds = (performance.now() - started) / 1000;
const pixels = shape[0] * shape[1] * shape[2];
const x = new Float32Array(BATCH * pixels),
  y = new Float32Array(BATCH);
const order = seededShuffle(data.train.count, 1);
const passStart = performance.now();
let images = 0;
try {
  for (let start = 0; start < order.length; start += BATCH) {
    data.train.prefetch(order, start + BATCH, BATCH);
    images += await data.train.fill(order, start, BATCH, x, y);
  }
} finally {
  await data.close();
}
const passSeconds = (performance.now() - passStart) / 1000;
console.log(
  JSON.stringify({
    images,
    indexedSeconds,
    passSeconds,
    imagesPerSecond: images / passSeconds,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    skipped: data.train.skipped().length,
  }),
);
