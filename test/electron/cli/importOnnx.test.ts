/** `convas import model.onnx` as a user runs it: a project file and weights from an ONNX model Convas exported. */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProjectText } from '../../../engine/core/project/parse';
import { loadModel } from '../../../engine/tf/modelFiles';
import { compareWithOnnxRuntime } from '../../engine/export/onnx/onnxCheck';
import { lastJsonLine, REPO, runCli } from './runCli';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('convas import <model.onnx>', () => {
  it('writes an editable project with the layer names and loadable weights', async () => {
    const lenet = parseProjectText(readFileSync(path.join(REPO, 'templates/lenet5-mnist.convas.json'), 'utf8'));
    const { outDir } = await compareWithOnnxRuntime(lenet, 2);
    const out = path.join(path.dirname(outDir), 'lenet.convas.json');
    const r = await runCli(['import', path.join(outDir, 'model.onnx'), '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const { weightsDir } = lastJsonLine(r.stdout) as { weightsDir: string };
    const project = parseProjectText(readFileSync(out, 'utf8'));
    expect(project.nodes.map(n => n.id)).toEqual(lenet.nodes.map(n => n.id));
    const model = await loadModel(weightsDir);
    expect(model.outputs[0]!.shape).toEqual([null, 10]);
    model.dispose();
  });

  it('refuses a file that is not an ONNX model, writing nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-import-onnx-'));
    await writeFile(path.join(dir, 'broken.onnx'), 'this is not protobuf at all, just text');
    const out = path.join(dir, 'p.convas.json');
    const r = await runCli(['import', path.join(dir, 'broken.onnx'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/IMPORT_FORMAT/);
    expect(readdirSync(dir)).toEqual(['broken.onnx']);
  });
});
