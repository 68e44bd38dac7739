/** Running tallies for the report, each kept small so 100,000 images never sit in memory at once. */
import { createHash } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import type { Finding } from './problems';

const MAX_SIZE_KINDS = 20;

/**
 * Counts image sizes (w×h); `top()` gives the most common first.
 * @example
 * const sizes = sizeTally(); sizes.add(640, 480); sizes.top(); // [{ width: 640, height: 480, count: 1 }]
 */
export function sizeTally() {
  const counts = new Map<string, { width: number; height: number; count: number }>();
  return {
    add(width: number, height: number, times = 1) {
      const key = `${width}x${height}`;
      const seen = counts.get(key);
      if (seen) seen.count += times;
      else counts.set(key, { width, height, count: times });
    },
    top: () =>
      [...counts.values()]
        .sort((a, b) => b.count - a.count || a.width - b.width || a.height - b.height)
        .slice(0, MAX_SIZE_KINDS),
  };
}

export type SplitName = 'train' | 'validation' | 'test';

interface Seen {
  order: number;
  path: string;
  split: SplitName;
  label: number;
}

/**
 * Finds repeated content by SHA-256: copies in another split (the test score then flatters the model)
 * and copies within one split. The earliest `order` counts as the original whatever order images
 * arrive in, so concurrent reading reports alike every run. Keeps one digest per distinct image.
 * @example
 * const dupes = duplicateTracker(root); dupes.add(bytes, { order: 0, path, split: 'train', label: 0 }); dupes.findings();
 */
export function duplicateTracker(root: string) {
  const originals = new Map<string, Seen>();
  const copies: (Seen & { digest: string })[] = [];
  return {
    add(content: Uint8Array, image: Seen) {
      const digest = createHash('sha256').update(content).digest('base64');
      const original = originals.get(digest);
      if (!original) {
        originals.set(digest, image);
        return;
      }
      const [keep, copy] = original.order < image.order ? [original, image] : [image, original];
      originals.set(digest, keep);
      copies.push({ ...copy, digest });
    },
    findings() {
      const acrossSplits: Finding[] = [];
      const withinSplit: Finding[] = [];
      for (const copy of copies.sort((a, b) => a.order - b.order)) {
        const original = originals.get(copy.digest)!;
        const labelNote = original.label !== copy.label ? ', with a different label' : '';
        const finding = {
          path: copy.path,
          reason: `same content as ${isAbsolute(original.path) ? relative(root, original.path) : original.path} (${original.split}${labelNote})`,
        };
        (original.split === copy.split ? withinSplit : acrossSplits).push(finding);
      }
      return { acrossSplits, withinSplit };
    },
  };
}

/**
 * Min, max and mean of each regression target over the images added.
 * @example
 * const t = targetTally(['age']); t.add(targets, 0); t.summary();
 */
export function targetTally(names: string[]) {
  const min = names.map(() => Infinity);
  const max = names.map(() => -Infinity);
  const sum = names.map(() => 0);
  let count = 0;
  return {
    add(targets: Float32Array, row: number) {
      names.forEach((_, k) => {
        const v = targets[row * names.length + k]!;
        min[k] = Math.min(min[k]!, v);
        max[k] = Math.max(max[k]!, v);
        sum[k]! += v;
      });
      count++;
    },
    // Targets are stored as float32: 7 significant digits give back 3.01 rather than 3.009999990463257.
    summary: () =>
      names.map((name, k) => ({
        name,
        min: count ? float32Digits(min[k]!) : 0,
        max: count ? float32Digits(max[k]!) : 0,
        mean: count ? float32Digits(sum[k]! / count) : 0,
      })),
  };
}

const float32Digits = (v: number) => Number(v.toPrecision(7));
