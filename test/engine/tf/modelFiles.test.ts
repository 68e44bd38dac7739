/** Saved models load back whole: the separable convolution's depth multiplier, which tfjs 4.22 drops from its config, survives. */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, saveModel } from '../../../engine/tf/modelFiles';

describe('saveModel / loadModel', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('keeps a SeparableConv2D depth multiplier above 1 (tfjs 4.22 leaves it out of getConfig)', async () => {
    const input = tfl.input({ shape: [8, 8, 3] });
    const sep = tfl.layers
      .separableConv2d({ filters: 4, kernelSize: 3, depthMultiplier: 2, name: 'sep' })
      .apply(input) as tfl.SymbolicTensor;
    const model = tfl.model({ inputs: input, outputs: sep });
    expect(
      (sep.sourceLayer.getConfig() as Record<string, unknown>).depthMultiplier,
      'tfjs now saves it: drop engine/tf/separableConfig.ts',
    ).toBeUndefined();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-model-files-'));
    await saveModel(model, dir);
    const loaded = await loadModel(dir);
    const x = tf.randomNormal([2, 8, 8, 3]);
    const diff = tf.max(tf.abs(tf.sub(model.predict(x) as tf.Tensor, loaded.predict(x) as tf.Tensor))).dataSync()[0]!;
    expect(diff).toBeLessThan(1e-6);
    tf.dispose(x);
    model.dispose();
    loaded.dispose();
  });
});
