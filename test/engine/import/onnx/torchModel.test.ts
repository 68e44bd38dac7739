/** A channels-first model from PyTorch's ONNX export opens in Convas and predicts what onnxruntime does. */
import { pythonMissing } from '../../../support/pythonModules';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertOnnxModel } from '../../../../engine/import/onnx/importOnnx';

// Debian's python3-torch lives with /usr/bin/python3 (CI installs it); without it the test is skipped.
const PYTHON = '/usr/bin/python3';
const hasTorch = pythonMissing(['torch']) === null;

const EXPORT_SCRIPT = `
import sys, torch, torch.nn as nn
torch.manual_seed(0)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
        self.bn = nn.BatchNorm2d(4)
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(4, 8, 3)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(8, 10)
    def forward(self, x):
        x = self.pool(torch.relu(self.bn(self.conv1(x))))
        x = torch.tanh(self.conv2(x))
        return torch.softmax(self.fc(torch.flatten(self.gap(x), 1)), dim=1)
net = Net().eval()
with torch.no_grad():
    net.bn.running_mean.uniform_(-0.2, 0.2); net.bn.running_var.uniform_(0.5, 1.5)
torch.onnx.export(net, torch.zeros(1, 3, 12, 10), sys.argv[1], opset_version=13, input_names=['x'], output_names=['y'],
                  dynamic_axes={'x': {0: 'batch'}, 'y': {0: 'batch'}})
`;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe.skipIf(!hasTorch)('ONNX import of a PyTorch model', () => {
  it('maps convs (PyTorch folds the batch norm into conv1), pooling and the head, and matches onnxruntime within 1e-4', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-torch-onnx-'));
    await writeFile(path.join(dir, 'export.py'), EXPORT_SCRIPT);
    const file = path.join(dir, 'net.onnx');
    execFileSync(PYTHON, [path.join(dir, 'export.py'), file], { stdio: 'pipe' });
    const { project, model } = await convertOnnxModel(file);
    try {
      expect(project.nodes.find(n => n.kind === 'input')!.params.shape).toEqual([12, 10, 3]);
      expect(project.nodes.map(n => n.kind)).toEqual(
        expect.arrayContaining(['conv2d', 'maxPooling2d', 'globalAveragePooling2d', 'output']),
      );
      const nchw = tf.randomUniform([50, 3, 12, 10], 0, 1, 'float32', 4);
      const session = await ort.InferenceSession.create(file);
      const { y } = await session.run({ x: new ort.Tensor('float32', nchw.dataSync() as Float32Array, nchw.shape) });
      await session.release();
      const mine = tf.tidy(() => (model.predict(tf.transpose(nchw, [0, 2, 3, 1])) as tf.Tensor).dataSync());
      nchw.dispose();
      const want = y!.data as Float32Array;
      expect(mine.length).toBe(want.length);
      expect(Math.max(...want.map((v, i) => Math.abs(v - mine[i]!)))).toBeLessThan(1e-4);
    } finally {
      model.dispose();
    }
  });
});
