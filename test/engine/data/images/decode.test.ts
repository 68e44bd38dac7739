/** decodeImage: every format, resize modes, channel conversion, EXIF, and every broken file as a typed reason. */
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeImage,
  ImageDecodeError,
  MAX_IMAGE_PIXELS,
  readImageHeader,
  type ImageTarget,
} from '../../../../engine/data/images/decode';
import {
  animatedGif,
  badCrcPng,
  encodeImage,
  FORMAT_EXTENSIONS,
  handBmp,
  hugePng,
  patternPixels,
  permissionsIgnored,
  put,
  snapshotTree,
  solidPixels,
  tempDir,
  truncatedJpeg,
  type FixtureFormat,
  type TempDir,
} from '../../../fixtures/imageFolders';

let tmp: TempDir;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp.cleanup());

const rgb = (h: number, w: number, resize: ImageTarget['resize'] = 'stretch'): ImageTarget => ({
  shape: [h, w, 3],
  resize,
});
const pixelAt = (pixels: Uint8Array, w: number, c: number, x: number, y: number) =>
  Array.from(pixels.subarray((y * w + x) * c, (y * w + x) * c + c));

async function failure(promise: Promise<unknown>): Promise<ImageDecodeError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageDecodeError);
  return error as ImageDecodeError;
}

describe('decodeImage formats', () => {
  const formats: FixtureFormat[] = ['jpeg', 'png', 'webp', 'gif', 'tiff', 'bmp'];
  it.each(formats)('decodes %s to exactly h × w × c bytes with the right colour', async format => {
    const file = await put(
      join(tmp.dir, 'formats', `red.${FORMAT_EXTENSIONS[format]}`),
      await encodeImage(format, solidPixels(20, 10, [220, 30, 40])),
    );
    const pixels = await decodeImage(file, rgb(8, 12));
    expect(pixels).toBeInstanceOf(Uint8Array);
    expect(pixels.length).toBe(8 * 12 * 3);
    const [r, g, b] = pixelAt(pixels, 12, 3, 5, 4);
    expect(Math.abs(r! - 220)).toBeLessThanOrEqual(6);
    expect(Math.abs(g! - 30)).toBeLessThanOrEqual(6);
    expect(Math.abs(b! - 40)).toBeLessThanOrEqual(6);
  });

  it('takes the first frame of an animated GIF', async () => {
    const file = await put(join(tmp.dir, 'anim.gif'), await animatedGif(6, 6, [0, 0, 255], [255, 255, 0]));
    expect((await sharp(file).metadata()).pages).toBe(2);
    const pixels = await decodeImage(file, rgb(6, 6));
    expect(pixelAt(pixels, 6, 3, 3, 3)).toEqual([0, 0, 255]);
  });

  it('reads BMP variants fast-bmp alone would not: 40-byte header, top-down rows, colour palette, 32-bit without alpha', async () => {
    // A 2×2 image: top row red, green; bottom row blue, white.
    const raw = {
      data: Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]),
      width: 2,
      height: 2,
      channels: 3 as const,
    };
    const expected = [
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
      [255, 255, 255],
    ];
    const palette = [
      [255, 0, 0],
      [0, 255, 0],
      [0, 0, 255],
      [255, 255, 255],
    ];
    const variants = {
      bottomUp24: handBmp(raw),
      topDown24: handBmp(raw, { topDown: true }),
      bgrx32: handBmp(raw, { bits: 32 }),
      palette8: handBmp(raw, { bits: 8, palette, indices: Uint8Array.of(0, 1, 2, 3) }),
      palette8TopDown: handBmp(raw, { bits: 8, palette, indices: Uint8Array.of(0, 1, 2, 3), topDown: true }),
    };
    for (const [name, bytes] of Object.entries(variants)) {
      const pixels = await decodeImage(await put(join(tmp.dir, 'bmp', `${name}.bmp`), bytes), {
        shape: [2, 2, 3],
        resize: 'stretch',
      });
      expect(
        [0, 1, 2, 3].map(p => Array.from(pixels.subarray(p * 3, p * 3 + 3))),
        name,
      ).toEqual(expected);
    }
  });

  it('reports unsupported and truncated BMPs instead of crashing', async () => {
    const bmp = handBmp(solidPixels(4, 4, [9, 9, 9]));
    const sixteenBit = Buffer.from(bmp);
    sixteenBit.writeUInt16LE(16, 28);
    const unsupported = await failure(decodeImage(await put(join(tmp.dir, 'bmp', '16bit.bmp'), sixteenBit), rgb(4, 4)));
    expect(unsupported.reason).toBe('notImage');
    expect(unsupported.detail).toMatch(/16 bits per pixel/);
    const truncated = await failure(
      decodeImage(await put(join(tmp.dir, 'bmp', 'cut.bmp'), bmp.subarray(0, bmp.length - 10)), rgb(4, 4)),
    );
    expect(truncated.reason).toBe('corrupt');
    const giant = Buffer.from(bmp);
    giant.writeInt32LE(20_000, 18);
    giant.writeInt32LE(-20_000, 22);
    expect((await failure(decodeImage(await put(join(tmp.dir, 'bmp', 'giant.bmp'), giant), rgb(4, 4)))).reason).toBe(
      'tooLarge',
    );
  });
});

describe('decodeImage geometry and colour', () => {
  it('letterboxes a wide white image with black bands top and bottom', async () => {
    const file = await put(join(tmp.dir, 'wide.png'), await encodeImage('png', solidPixels(40, 20, [255, 255, 255])));
    const pixels = await decodeImage(file, rgb(20, 20, 'letterbox'));
    for (const y of [0, 4]) expect(pixelAt(pixels, 20, 3, 10, y), `row ${y}`).toEqual([0, 0, 0]);
    for (const y of [6, 10, 13]) expect(pixelAt(pixels, 20, 3, 10, y), `row ${y}`).toEqual([255, 255, 255]);
    for (const y of [15, 19]) expect(pixelAt(pixels, 20, 3, 10, y), `row ${y}`).toEqual([0, 0, 0]);
  });

  it('centre-crops the middle and stretches the whole', async () => {
    // 40×20: red left quarter, white middle half, blue right quarter.
    const raw = solidPixels(40, 20, [255, 255, 255]);
    for (let y = 0; y < 20; y++)
      for (let x = 0; x < 40; x++)
        if (x < 10 || x >= 30) raw.data.set(x < 10 ? [255, 0, 0] : [0, 0, 255], (y * 40 + x) * 3);
    const file = await put(join(tmp.dir, 'bands.png'), await encodeImage('png', raw));
    const cropped = await decodeImage(file, rgb(20, 20, 'centerCrop'));
    for (const x of [0, 10, 19]) expect(pixelAt(cropped, 20, 3, x, 10), `x ${x}`).toEqual([255, 255, 255]);
    const stretched = await decodeImage(file, rgb(20, 20, 'stretch'));
    expect(pixelAt(stretched, 20, 3, 0, 10)).toEqual([255, 0, 0]);
    expect(pixelAt(stretched, 20, 3, 10, 10)).toEqual([255, 255, 255]);
    expect(pixelAt(stretched, 20, 3, 19, 10)).toEqual([0, 0, 255]);
  });

  it('converts grey to RGB and RGB to grey, and flattens alpha onto black', async () => {
    const grey = await put(
      join(tmp.dir, 'grey.png'),
      await encodeImage('png', { data: new Uint8Array(16).fill(90), width: 4, height: 4, channels: 1 }),
    );
    expect(Array.from(await decodeImage(grey, rgb(2, 2)))).toEqual(new Array(12).fill(90));
    const colour = await put(join(tmp.dir, 'white.png'), await encodeImage('png', solidPixels(4, 4, [255, 255, 255])));
    expect(Array.from(await decodeImage(colour, { shape: [2, 2, 1], resize: 'stretch' }))).toEqual([
      255, 255, 255, 255,
    ]);
    const clear = patternPixels(4, 4, 4, 1, [255, 255, 255]);
    for (let p = 3; p < clear.data.length; p += 4) clear.data[p] = 0;
    const transparent = await put(join(tmp.dir, 'clear.png'), await encodeImage('png', clear));
    expect(Array.from(await decodeImage(transparent, rgb(2, 2)))).toEqual(new Array(12).fill(0));
  });

  it('applies EXIF orientation', async () => {
    // 60×20, red left third: orientation 6 (rotate 90° clockwise) puts the red on top of a 20×60 image.
    const raw = solidPixels(60, 20, [255, 255, 255]);
    for (let y = 0; y < 20; y++) for (let x = 0; x < 20; x++) raw.data.set([255, 0, 0], (y * 60 + x) * 3);
    const jpeg = await sharp(raw.data, { raw: { width: 60, height: 20, channels: 3 } })
      .jpeg({ quality: 100 })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const file = await put(join(tmp.dir, 'rotated.jpg'), jpeg);
    expect(await readImageHeader(file)).toEqual({ format: 'jpeg', width: 20, height: 60 });
    const pixels = await decodeImage(file, rgb(60, 20));
    const [r1, g1] = pixelAt(pixels, 20, 3, 10, 5);
    const [r2, g2] = pixelAt(pixels, 20, 3, 10, 50);
    expect(r1).toBeGreaterThan(200);
    expect(g1).toBeLessThan(60);
    expect(r2).toBeGreaterThan(200);
    expect(g2).toBeGreaterThan(200);
  });

  it('refuses an Input shape that is not grey or RGB', async () => {
    const file = await put(join(tmp.dir, 'any.png'), await encodeImage('png', solidPixels(4, 4, [1, 2, 3])));
    await expect(decodeImage(file, { shape: [4, 4, 2], resize: 'stretch' })).rejects.toMatchObject({
      code: 'INPUT_SHAPE_MISMATCH',
    });
  });
});

describe('decodeImage on broken files', () => {
  it('gives a short typed reason for each broken case, never a crash', async () => {
    const dir = join(tmp.dir, 'broken');
    const cases: [string, Uint8Array | string, string][] = [
      ['truncated.jpg', await truncatedJpeg(), 'corrupt'],
      ['bad crc.png', await badCrcPng(), 'corrupt'],
      ['text.jpg', 'hello, I am text\n', 'notImage'],
      ['zero.png', new Uint8Array(0), 'emptyFile'],
      ['svg.png', '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>', 'notImage'],
    ];
    for (const [name, bytes, reason] of cases) {
      const error = await failure(decodeImage(await put(join(dir, name), bytes), rgb(8, 8)));
      expect(error.reason, name).toBe(reason);
      expect(error.file).toBe(join(dir, name));
    }
    expect((await failure(decodeImage(join(dir, 'missing.png'), rgb(8, 8)))).reason).toBe('unreadable');
    expect((await failure(decodeImage(dir, rgb(8, 8)))).reason).toBe('unreadable');
  });

  it('accepts a JPEG with the harmless "extraneous bytes before marker" warning common in scraped datasets', async () => {
    const jpeg = await encodeImage('jpeg', solidPixels(16, 16, [200, 200, 200]));
    const scan = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    const noisy = Buffer.concat([jpeg.subarray(0, scan), Buffer.from([0x12, 0x34]), jpeg.subarray(scan)]);
    const pixels = await decodeImage(await put(join(tmp.dir, 'extraneous.jpg'), noisy), rgb(4, 4));
    expect(Math.abs(pixels[0]! - 200)).toBeLessThanOrEqual(4);
  });

  it('refuses a 20,000 × 20,000 image from its header, without decoding it', async () => {
    const file = await put(join(tmp.dir, 'huge.png'), hugePng(20_000, 20_000));
    const started = performance.now();
    const error = await failure(decodeImage(file, rgb(8, 8)));
    const ms = performance.now() - started;
    expect(error.reason).toBe('tooLarge');
    // Our header check's wording (sharp's own limit would say "Input image exceeds pixel limit").
    expect(error.detail).toBe(`20000×20000 is 400 megapixels, over the ${MAX_IMAGE_PIXELS / 1e6}-megapixel limit`);
    console.log(`20,000 × 20,000 PNG refused in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(2000); // decoding 400 megapixels would take several seconds and 400 MB
  });

  it('reports an unreadable file as unreadable', async () => {
    const file = await put(join(tmp.dir, 'locked.png'), await encodeImage('png', solidPixels(4, 4, [1, 2, 3])));
    await chmod(file, 0o000);
    if (permissionsIgnored()) {
      console.log('skipping the unreadable-file assertion: running as root, chmod 000 does not stop reads');
      await expect(decodeImage(file, rgb(4, 4))).resolves.toHaveLength(48);
      return;
    }
    const error = await failure(decodeImage(file, rgb(4, 4)));
    expect(error.reason).toBe('unreadable');
    expect(error.detail).toBe('permission denied');
  });

  it('never changes the files it reads', async () => {
    const before = await snapshotTree(tmp.dir);
    await Promise.all([
      decodeImage(join(tmp.dir, 'wide.png'), rgb(4, 4)).catch(() => undefined),
      decodeImage(join(tmp.dir, 'broken', 'truncated.jpg'), rgb(4, 4)).catch(() => undefined),
      decodeImage(join(tmp.dir, 'huge.png'), rgb(4, 4)).catch(() => undefined),
    ]);
    expect(await snapshotTree(tmp.dir)).toEqual(before);
  });
});

describe('decodeImage on a folder of many images', () => {
  it('decodes in parallel without mixing results up', async () => {
    const dir = join(tmp.dir, 'many');
    await mkdir(dir, { recursive: true });
    const files = await Promise.all(
      Array.from({ length: 24 }, async (_, i) =>
        put(join(dir, `${i}.png`), await encodeImage('png', solidPixels(8, 8, [i * 10, 0, 0]))),
      ),
    );
    const decoded = await Promise.all(files.map(f => decodeImage(f, rgb(2, 2))));
    decoded.forEach((pixels, i) => expect(pixels[0]).toBe(i * 10));
  });
});
