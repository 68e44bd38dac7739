/** The probe image's index in the test split: its range from the dataset preview, and typed text checked against it. Pure. */
import type { DatasetPreview } from '../../electron/contract/hostApi';
import { formatNumber } from './numberRange';

/** How many test images the preview reports (the split sizes, else the per-class counts), or null when unknown. */
export function testImageCount(preview: DatasetPreview): number | null {
  const sized = preview.info.sizes?.test;
  if (typeof sized === 'number') return sized;
  const counted = preview.classCounts.test.reduce((a, b) => a + b, 0);
  return counted > 0 ? counted : null;
}

type ProbeDraft = { ok: true; index: number } | { ok: false; message: string };

/** Typed text → a test image index, or why not (with `count` unknown, only the lower bound holds). */
export function parseProbeIndex(text: string, count: number | null): ProbeDraft {
  const t = text.trim();
  const range = count === null ? 'from 0' : `from 0 to ${formatNumber(count - 1)}`;
  if (!/^\d+$/.test(t)) return { ok: false, message: `Enter a whole number ${range}.` };
  const index = Number(t);
  if (count !== null && index >= count) {
    return {
      ok: false,
      message: `Out of range: the test split has ${formatNumber(count)} test images, numbered ${range}.`,
    };
  }
  return { ok: true, index };
}
