/** The ONNX exporter's files: metadata, layer names, refusal before writing, atomic writes into the folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import onnxProto from 'onnx-proto';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORTERS } from '../../../../engine/export';
import { onnxExporter } from '../../../../engine/export/onnx';
import { analyzeGraph } from '../../../../engine/core/graph/analyze';
import { layerContextOf } from '../../../../engine/core/graph/layerContext';
import { LAYERS } from '../../../../engine/core/layers';
import { parseProjectText } from '../../../../engine/core/project/parse';
import { compileGraph } from '../../../../engine/tf/compile';
import { datasetFor } from './onnxCheck';

const lenet = parseProjectText(
  readFileSync(path.resolve(__dirname, '../../../../templates/lenet5-mnist.convas.json'), 'utf8'),
);
const dataset = datasetFor(lenet);
const analysis = analyzeGraph(lenet, { dataset });
const temp = async () => path.join(await mkdtemp(path.join(os.tmpdir(), 'convas-onnx-')), 'out');

async function exportLenet(outDir: string) {
  const { model } = compileGraph(analysis, layerContextOf(dataset), 'lenet');
  try {
    return await onnxExporter.write({ project: lenet, analysis, model, classNames: dataset.classNames, outDir });
  } finally {
    model.dispose();
  }
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('ONNX exporter', () => {
  it('is listed as format "onnx"', () => {
    expect(EXPORT_FORMATS).toContain('onnx');
    expect(EXPORTERS.onnx).toBe(onnxExporter);
  });

  it('writes opset 13, the NHWC input and the class names into the model, keeping the layer names', async () => {
    const outDir = await temp();
    expect((await exportLenet(outDir)).files.sort()).toEqual(['labels.json', 'model.onnx']);
    const model = onnxProto.onnx.ModelProto.decode(readFileSync(path.join(outDir, 'model.onnx')));
    expect(model.opsetImport.map(o => [o.domain, Number(o.version)])).toEqual([['', 13]]);
    const meta = Object.fromEntries(model.metadataProps.map(p => [p.key, p.value]));
    expect(meta).toMatchObject({
      'convas.input_layout': 'NHWC',
      'convas.task': 'classification',
      'convas.project': lenet.name,
    });
    expect(JSON.parse(meta['convas.class_names']!)).toEqual(dataset.classNames);
    const graph = model.graph!;
    expect(graph.input!.map(i => i.type!.tensorType!.shape!.dim!.map(d => d.dimParam || Number(d.dimValue)))).toEqual([
      ['batch', 28, 28, 1],
    ]);
    expect(graph.node!.map(n => n.name)).toEqual(
      expect.arrayContaining(['conv1/Conv', 'pool1/MaxPool', 'fc1/Gemm', 'output/Gemm', 'output/Softmax']),
    );
    expect(graph.initializer!.map(t => t.name)).toEqual(
      expect.arrayContaining(['conv1/kernel', 'conv1/bias', 'output/kernel']),
    );
    expect(JSON.parse(readFileSync(path.join(outDir, 'labels.json'), 'utf8'))).toEqual({
      task: 'classification',
      inputLayout: 'NHWC',
      inputShape: [null, 28, 28, 1],
      outputShape: [null, 10],
      classNames: dataset.classNames,
    });
  });

  it('names a kind without an ONNX mapping and writes nothing', async () => {
    const spec = LAYERS.flatten as { toOnnx?: unknown };
    const mapping = spec.toOnnx;
    delete spec.toOnnx;
    const outDir = await temp();
    try {
      await expect(exportLenet(outDir)).rejects.toMatchObject({
        code: 'EXPORT_UNSUPPORTED',
        message: expect.stringContaining('flatten (Flatten)'),
      });
    } finally {
      spec.toOnnx = mapping;
    }
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(path.dirname(outDir))).toEqual([]);
  });

  it('replaces an earlier ONNX export in place and leaves no temp folder', async () => {
    const outDir = await temp();
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'model.onnx'), 'old');
    await exportLenet(outDir);
    expect(readdirSync(outDir).sort()).toEqual(['labels.json', 'model.onnx']);
    expect(readFileSync(path.join(outDir, 'model.onnx')).length).toBeGreaterThan(200_000);
    expect(readdirSync(path.dirname(outDir))).toEqual(['out']);
  });

  it('refuses a folder holding other files, before writing anything', async () => {
    const outDir = await temp();
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'notes.txt'), 'mine');
    await expect(exportLenet(outDir)).rejects.toMatchObject({ code: 'EXPORT_FOLDER_IN_USE' });
    expect(readdirSync(outDir)).toEqual(['notes.txt']);
    expect(readdirSync(path.dirname(outDir))).toEqual(['out']);
  });
});
