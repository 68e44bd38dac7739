/** Every template validates cleanly against its dataset and trains briefly. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { peekDataset } from '../../engine/data/load';
import { analyzeGraph } from '../../engine/core/graph/analyze';
import { inputShapeOf } from '../../engine/core/graph/inputShape';
import { parseProjectText } from '../../engine/core/project/parse';
import type { TrainEvent } from '../../engine/core/train/protocol';
import { TrainingSession } from '../../engine/train/session';

const dir = path.resolve(__dirname, '../../templates');
const files = readdirSync(dir)
  .filter(f => f.endsWith('.convas.json'))
  .sort();
const REQUIRED = ['cnn-fashion-mnist', 'lenet5-mnist', 'mlp-mnist', 'resnet-mini'];
const fashionInstalled = existsSync('/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz');

describe('templates', () => {
  it('include the four required ones', () => {
    expect(files.map(f => f.replace('.convas.json', ''))).toEqual(expect.arrayContaining(REQUIRED));
  });

  describe.each(files)('%s', file => {
    const project = parseProjectText(readFileSync(path.join(dir, file), 'utf8'));
    const needsFashion = project.dataset.kind === 'idx';
    const skip = needsFashion && !fashionInstalled;
    if (skip) console.warn(`skipping ${file}: Debian's dataset-fashion-mnist is not installed`);

    it.skipIf(skip)('validates with no problems against its dataset', async () => {
      const dataset = await peekDataset(project.dataset, dir, { imageShape: inputShapeOf(project) });
      const analysis = analyzeGraph(project, { dataset });
      expect(analysis.problems).toEqual([]);
      expect(project.description?.length).toBeGreaterThan(20);
    });

    it.skipIf(skip)('trains one short epoch on a subset', async () => {
      const events: TrainEvent[] = [];
      const session = TrainingSession.start(
        {
          type: 'start',
          project: { ...project, training: { ...project.training, epochs: 1 } },
          baseDir: dir,
          outDir: await mkdtemp(path.join(os.tmpdir(), 'convas-template-')),
          limit: 256,
          backend: 'wasm',
        },
        e => events.push(e),
      );
      const end = await session.done;
      expect(end.type, JSON.stringify(end)).toBe('done');
      const epoch = events.find(e => e.type === 'epochEnd') as Extract<TrainEvent, { type: 'epochEnd' }>;
      expect(Number.isFinite(epoch.loss)).toBe(true);
    });
  });
});
