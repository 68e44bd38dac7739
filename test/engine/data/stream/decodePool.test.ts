/** The real worker pool: decodes files off-thread, reports bad ones, and leaves nothing running. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDecodePool } from '../../../../engine/data/stream/decodePool';
import run from '../../../../engine/data/stream/decodeTask';
import { transferableSymbol, valueSymbol } from 'piscina';

let dir = '';
const rgb = Uint8Array.from({ length: 3 * 5 * 3 }, (_, i) => (i * 7) % 256);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'convas-pool-'));
  await writeFile(
    path.join(dir, 'a.png'),
    await sharp(rgb, { raw: { width: 5, height: 3, channels: 3 } })
      .png()
      .toBuffer(),
  );
  await writeFile(path.join(dir, 'text.png'), 'not an image');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the decode pool', () => {
  it('decodes a chunk in worker threads: pixels end to end, a reason per bad file', async () => {
    const pool = createDecodePool({ shape: [3, 5, 3], resize: 'stretch', threads: 2 });
    try {
      const files = ['a.png', 'text.png', 'missing.png', 'a.png'].map(f => path.join(dir, f));
      const { pixels, failures } = await pool.decode(files);
      expect(pixels).toHaveLength(4 * 45);
      expect(Array.from(pixels.subarray(0, 45))).toEqual(Array.from(rgb));
      expect(Array.from(pixels.subarray(135))).toEqual(Array.from(rgb));
      expect(failures[0]).toBeNull();
      expect(failures[1]).toMatch(/not an image/);
      expect(failures[2]).toMatch(/not found/);
    } finally {
      await pool.close();
    }
    await expect(pool.decode([path.join(dir, 'a.png')])).rejects.toThrow(/closed/);
    await pool.close();
  });

  it('ends the run, not the file, for a problem every file would have (a 2-channel Input)', async () => {
    const pool = createDecodePool({ shape: [3, 5, 2], resize: 'stretch', threads: 1 });
    try {
      await expect(pool.decode([path.join(dir, 'a.png')])).rejects.toMatchObject({ code: 'INPUT_SHAPE_MISMATCH' });
    } finally {
      await pool.close();
    }
  });

  it('fails its decodes, without crashing or hanging, when the workers cannot start', async () => {
    const pool = createDecodePool({
      shape: [3, 5, 3],
      resize: 'stretch',
      threads: 2,
      taskModule: new URL('file:///nonexistent/decodeTask.ts'),
    });
    try {
      await expect(pool.decode([path.join(dir, 'a.png')])).rejects.toThrow(/nonexistent/);
      await new Promise(resolve => setTimeout(resolve, 500));
      await expect(pool.decode([path.join(dir, 'a.png')])).rejects.toThrow(/nonexistent/);
    } finally {
      await pool.close();
    }
  });

  it('hands the pixels back by transfer, not by copy', async () => {
    const result = (await run({ paths: [path.join(dir, 'a.png')], shape: [3, 5, 3], resize: 'stretch' })) as Record<
      symbol,
      unknown
    >;
    const value = result[valueSymbol] as { pixels: Uint8Array };
    expect(result[transferableSymbol]).toEqual([value.pixels.buffer]);
  });

  it('lets the process exit after close: no worker or handle left behind', async () => {
    const script = path.resolve(__dirname, 'decodeAndExit.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], { timeout: 20_000 });
    const seen = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(seen.pixels.slice(0, 4)).toEqual([0, 10, 20, 30]);
    expect(seen.failures[1]).toMatch(/not an image/);
    expect(seen.resources.filter((r: string) => /Worker|MessagePort/.test(r))).toEqual([]);
  });
});
