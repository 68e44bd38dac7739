/**
 * Run as its own process by decodePool.test.ts: decodes a chunk in a fresh pool, closes it, prints
 * what it saw as JSON and then must exit on its own (a worker left running would keep it alive).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createDecodePool } from '../../../../engine/data/stream/decodePool';

const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-pool-exit-'));
const pixels = Uint8Array.from({ length: 4 * 6 }, (_, i) => i * 10);
await writeFile(
  path.join(dir, 'grey.png'),
  await sharp(pixels, { raw: { width: 6, height: 4, channels: 1 } })
    .png()
    .toBuffer(),
);
await writeFile(path.join(dir, 'bad.png'), 'not an image');
const pool = createDecodePool({ shape: [4, 6, 1], resize: 'stretch', threads: 2 });
const result = await pool.decode([path.join(dir, 'grey.png'), path.join(dir, 'bad.png')]);
await pool.close();
await rm(dir, { recursive: true, force: true });
const resources = process.getActiveResourcesInfo().filter(r => r !== 'TTYWrap');
console.log(JSON.stringify({ pixels: Array.from(result.pixels), failures: result.failures, resources }));
