import { describe, expect, it } from 'vitest';
import { toRgba } from '../../../renderer/training/pixels';

describe('pixels', () => {
  it('turns grey and RGB bytes into RGBA', () => {
    const grey = Uint8Array.from([0, 128, 255]);
    expect(Array.from(toRgba(grey, 1))).toEqual([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255]);
    expect(Array.from(toRgba(Uint8Array.from([1, 2, 3]), 3))).toEqual([1, 2, 3, 255]);
  });
});
