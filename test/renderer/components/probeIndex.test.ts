import { expect, test } from 'vitest';
import type { DatasetPreview } from '../../../electron/contract/hostApi';
import { parseProbeIndex, testImageCount } from '../../../renderer/components/probeIndex';

const preview = (
  sizes: { train: number; validation: number; test: number } | undefined,
  test: number[],
): DatasetPreview => ({
  info: { name: 'mnist', imageShape: [28, 28, 1], classNames: ['a', 'b'], ...(sizes && { sizes }) },
  classCounts: { train: [0, 0], validation: [0, 0], test },
  samples: [],
});

test('the number of test images comes from the split sizes, else from the per-class counts', () => {
  expect(testImageCount(preview({ train: 7200, validation: 800, test: 2000 }, [1, 1]))).toBe(2000);
  expect(testImageCount(preview(undefined, [120, 80]))).toBe(200);
  expect(testImageCount(preview(undefined, [0, 0]))).toBeNull();
});

test('a probe index outside the test split is refused, saying how many images there are', () => {
  expect(parseProbeIndex(' 1999 ', 2000)).toEqual({ ok: true, index: 1999 });
  expect(parseProbeIndex('5000', 2000)).toEqual({
    ok: false,
    message: 'Out of range: the test split has 2,000 test images, numbered from 0 to 1,999.',
  });
  expect(parseProbeIndex('-1', 2000)).toEqual({ ok: false, message: 'Enter a whole number from 0 to 1,999.' });
  expect(parseProbeIndex('2.5', null)).toEqual({ ok: false, message: 'Enter a whole number from 0.' });
  expect(parseProbeIndex('5000', null)).toEqual({ ok: true, index: 5000 });
});
