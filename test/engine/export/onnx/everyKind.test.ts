/**
 * One generated graph that uses every layer kind and every activation (merges by add and
 * concatenate, odd sizes with strided 'same' windows) exported to ONNX: onnxruntime matches tfjs.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAYER_KINDS } from '../../../../engine/core/layers';
import { everyKindProject } from './everyKindGraph';
import { compareWithOnnxRuntime } from './onnxCheck';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('ONNX export of a graph with every layer kind', () => {
  it('uses every kind and activation', () => {
    const kinds = new Set(everyKindProject('classification').nodes.map(n => n.kind));
    expect(LAYER_KINDS.filter(k => !kinds.has(k))).toEqual([]);
  });

  it.each(['classification', 'regression'] as const)(
    '%s head: onnxruntime matches tfjs within 1e-4 on 100 images',
    async task => {
      const { maxAbsDiff, outputShape, analysis } = await compareWithOnnxRuntime(everyKindProject(task));
      expect(analysis.problems).toEqual([]);
      expect(outputShape).toEqual([100, task === 'regression' ? 2 : 5]);
      console.log(`every kind, ${task}: max |onnx - tfjs| = ${maxAbsDiff.toExponential(2)}`);
      expect(maxAbsDiff).toBeLessThan(1e-4);
    },
  );
});
