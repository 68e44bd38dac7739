/** Every template exported to ONNX predicts what tfjs predicts (onnxruntime-node, 100 random images). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProjectText } from '../../../../engine/core/project/parse';
import { compareWithOnnxRuntime } from './onnxCheck';

const dir = path.resolve(__dirname, '../../../../templates');
const files = readdirSync(dir)
  .filter(f => f.endsWith('.convas.json'))
  .sort();

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('ONNX export of every template', () => {
  it.each(files)('%s: onnxruntime matches tfjs within 1e-4', async file => {
    const project = parseProjectText(readFileSync(path.join(dir, file), 'utf8'));
    const { maxAbsDiff, outputShape, files: written } = await compareWithOnnxRuntime(project);
    expect(written.sort()).toEqual(['labels.json', 'model.onnx']);
    expect(outputShape[0]).toBe(100);
    expect(maxAbsDiff).toBeLessThan(1e-4);
  });
});
