import { describe, expect, it } from 'vitest';
import { ConvasError } from '../../../engine/core/errors';
import { parseIdxImages, parseIdxImagesHeader, parseIdxLabels } from '../../../engine/data/idxFormat';
import { idxImages, idxLabels, syntheticSet } from '../../fixtures/idx';

const catchError = (run: () => unknown): ConvasError => {
  try {
    run();
  } catch (e) {
    if (e instanceof ConvasError) return e;
    throw e;
  }
  throw new Error('expected a ConvasError');
};

describe('IDX format', () => {
  const set = syntheticSet(10, 3, 5, 7);
  const images = idxImages(set.pixels, set.count, set.rows, set.cols);

  it('reads images and labels without copying', () => {
    const parsed = parseIdxImages(images, 'imgs');
    expect(parsed).toMatchObject({ count: 10, rows: 5, cols: 7 });
    expect([...parsed.pixels]).toEqual([...set.pixels]);
    expect(parsed.pixels.buffer).toBe(images.buffer);
    expect([...parseIdxLabels(idxLabels(set.labels), 'labels')]).toEqual([...set.labels]);
  });

  it('names the magic found and the one expected', () => {
    const err = catchError(() => parseIdxImages(idxLabels(set.labels), 'some/file'));
    expect(err.code).toBe('DATASET_FORMAT');
    expect(err.message).toContain('some/file');
    expect(err.message).toContain('0x00000801');
    expect(err.message).toContain('expected 0x00000803');
    expect(err.message).toContain('labels file');
    expect(catchError(() => parseIdxLabels(idxImages(set.pixels, 10, 5, 7, 0x0d03), 'x')).message).toMatch(
      /magic number 0x00000d03.*expected 0x00000801/,
    );
  });

  it('reports truncated and overlong data with expected and actual bytes', () => {
    const truncated = catchError(() => parseIdxImages(images.subarray(0, images.length - 3), 'imgs'));
    expect(truncated.code).toBe('DATASET_FORMAT');
    expect(truncated.message).toContain('truncated');
    expect(truncated.message).toContain(`${16 + 350} bytes`);
    expect(truncated.message).toContain(`${16 + 347}`);
    const extra = catchError(() => parseIdxLabels(new Uint8Array([...idxLabels(set.labels), 0]), 'lbls'));
    expect(extra.message).toContain('trailing data');
  });

  it('rejects a file shorter than the header', () => {
    expect(catchError(() => parseIdxImagesHeader(new Uint8Array([0, 0, 8]), 'tiny')).message).toMatch(
      /tiny.*expected 16 bytes, found 3/,
    );
  });

  it('rejects zero-sized images', () => {
    expect(catchError(() => parseIdxImagesHeader(idxImages(new Uint8Array(), 0, 0, 28), 'flat')).message).toContain(
      '0×28',
    );
  });
});
