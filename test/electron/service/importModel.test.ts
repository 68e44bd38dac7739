/** importModel through the service, then fine-tuning it with a frozen layer from the imported weights. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrainEvent } from '../../../engine/core/train/protocol';
import { loadModel } from '../../../engine/tf/modelFiles';
import { teachableMachineLike, writeModel } from '../../engine/import/tfjs/kerasFixtures';
import { writeClassFolders } from '../../fixtures/imageFolders';
import { createHarness, type Harness } from './serviceHarness';

function finished(h: Harness, sessionId: string): Promise<TrainEvent> {
  return new Promise(resolve => {
    const stop = h.service.onEvent(e => {
      if (e.type === 'train' && e.sessionId === sessionId && (e.event.type === 'done' || e.event.type === 'error')) {
        stop();
        resolve(e.event);
      }
    });
  });
}

const weightsOf = async (dir: string, layer: string) =>
  (await loadModel(dir))
    .getLayer(layer)
    .getWeights()
    .map(w => Array.from(w.dataSync()));

describe('importModel', () => {
  it('imports into the app data folder and fine-tunes from those weights with a frozen layer', async () => {
    const h = await createHarness();
    const file = await writeModel(teachableMachineLike());
    const { project, weightsDir } = await h.call('importModel', { path: file });
    expect(weightsDir.startsWith(path.join(h.dir, 'data', 'imports') + path.sep)).toBe(true);
    expect(readdirSync(weightsDir)).toContain('model.json');
    expect(project.nodes.at(-1)).toMatchObject({ id: 'dense_Dense2', kind: 'output', params: { units: 2 } });

    const images = path.join(h.dir, 'pets');
    await writeClassFolders(images, ['cat', 'dog'], 8, { width: 8, height: 8 });
    const tuned = {
      ...project,
      dataset: { kind: 'folder' as const, path: images, resize: 'stretch' as const },
      nodes: project.nodes.map(n => (n.id === 'conv1' ? { ...n, trainable: false } : n)),
      training: { ...project.training, epochs: 2, batchSize: 4, validationSplit: 0, testSplit: 0 },
    };
    const { sessionId, outDir } = await h.call('startTraining', {
      project: tuned,
      initialWeights: weightsDir,
      backend: 'cpu',
    });
    expect(await finished(h, sessionId)).toMatchObject({ type: 'done', reason: 'completed' });
    expect(await weightsOf(outDir, 'conv1')).toEqual(await weightsOf(weightsDir, 'conv1'));
    expect(await weightsOf(outDir, 'conv_pw_1')).not.toEqual(await weightsOf(weightsDir, 'conv_pw_1'));
  });

  it('answers a missing or unsupported model with a coded error', async () => {
    const h = await createHarness();
    expect(await h.fail('importModel', { path: path.join(h.dir, 'nope', 'model.json') })).toMatchObject({
      code: 'FILE_UNREADABLE',
    });
    expect(await h.fail('importModel', { path: path.join(h.dir) })).toMatchObject({ code: 'FILE_UNREADABLE' });
  });
});
