/**
 * The regression template's target is a known function of the image (the disc's radius), so a
 * model that really learns it explains nearly all of the target's variance on held-out images.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectText } from '../../engine/core/project/parse';
import { TrainingSession } from '../../engine/train/session';

const dir = path.resolve(__dirname, '../../templates');
const project = parseProjectText(readFileSync(path.join(dir, 'age-or-grade-regression.convas.json'), 'utf8'));

describe('age-or-grade-regression template', () => {
  it('learns the disc radius: R² ≥ 0.9 on the test images', async () => {
    const session = TrainingSession.start(
      {
        type: 'start',
        project,
        baseDir: dir,
        outDir: await mkdtemp(path.join(os.tmpdir(), 'convas-regression-')),
        backend: 'wasm',
      },
      () => {},
    );
    const end = await session.done;
    if (end.type !== 'done' || end.test?.task !== 'regression')
      throw new Error(`run did not finish as a regression: ${JSON.stringify(end)}`);
    const { r2, mae, count, points, worst } = end.test;
    console.log(
      `disc radius, ${project.training.epochs} epochs: test R² ${r2.toFixed(3)}, MAE ${mae.toFixed(3)} px over ${count} images`,
    );
    expect(count).toBe(120);
    expect(r2).toBeGreaterThanOrEqual(0.9);
    expect(points).toHaveLength(count);
    expect(worst.length).toBeGreaterThan(0);
    expect(worst[0]!.image).toHaveLength(32 * 32);
  }, 180_000);
});
