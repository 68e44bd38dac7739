import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomInput, setUpBackends } from './backendPair';

const tensor = (shape: number[], seed = 1) => {
  const { values } = randomInput(shape, seed);
  return tf.tensor(values, shape);
};

interface KernelCall {
  label: string;
  kernelName: string;
  inputs: () => tf.NamedTensorMap;
  attrs: tf.NamedAttrMap;
}

const pooled = (shape: number[], filterSize: number, strides: number) => () => {
  const input = tensor(shape);
  const output = tf.maxPool(input as tf.Tensor4D, filterSize, strides, 'same');
  return { input, output, dy: tensor(output.shape, 2) };
};

const CALLS: KernelCall[] = [
  {
    label: 'conv filter gradient, stride 2, same',
    kernelName: 'Conv2DBackpropFilter',
    inputs: () => ({ x: tensor([2, 9, 9, 3]), dy: tensor([2, 5, 5, 4]) }),
    attrs: { strides: 2, pad: 'same', dataFormat: 'NHWC', filterShape: [3, 3, 3, 4] },
  },
  {
    label: 'conv filter gradient, stride 2, valid with an unreached last row (crop)',
    kernelName: 'Conv2DBackpropFilter',
    inputs: () => ({ x: tensor([2, 10, 10, 3]), dy: tensor([2, 4, 4, 4]) }),
    attrs: { strides: 2, pad: 'valid', dataFormat: 'NHWC', filterShape: [3, 3, 3, 4] },
  },
  {
    label: 'conv filter gradient whose windows read padding only (fill)',
    kernelName: 'Conv2DBackpropFilter',
    inputs: () => ({ x: tensor([1, 1, 1, 1]), dy: tensor([1, 1, 1, 1]) }),
    attrs: {
      strides: [3, 1],
      pad: [
        [0, 0],
        [2, 0],
        [0, 0],
        [0, 0],
      ],
      dataFormat: 'NHWC',
      filterShape: [1, 1, 1, 1],
    },
  },
  {
    label: 'conv input gradient, stride 2',
    kernelName: 'Conv2DBackpropInput',
    inputs: () => ({ dy: tensor([2, 5, 5, 4]), filter: tensor([3, 3, 3, 4]) }),
    attrs: { strides: 2, pad: 'same', dataFormat: 'NHWC', inputShape: [2, 9, 9, 3] },
  },
  {
    label: 'matmul, both transposed',
    kernelName: 'BatchMatMul',
    inputs: () => ({ a: tensor([2, 5, 3]), b: tensor([2, 4, 5]) }),
    attrs: { transposeA: true, transposeB: true },
  },
  {
    label: 'matmul, plain',
    kernelName: 'BatchMatMul',
    inputs: () => ({ a: tensor([3, 5]), b: tensor([5, 4]) }),
    attrs: { transposeA: false, transposeB: false },
  },
  {
    label: 'bias gradient sum over batch, height and width',
    kernelName: 'Sum',
    inputs: () => ({ x: tensor([2, 5, 5, 3]) }),
    attrs: { axis: [0, 1, 2], keepDims: false },
  },
  {
    label: 'batch-norm mean over batch, height and width',
    kernelName: 'Mean',
    inputs: () => ({ x: tensor([2, 5, 5, 3]) }),
    attrs: { axis: [0, 1, 2], keepDims: true },
  },
  {
    label: 'tile of a per-channel scale over a batch',
    kernelName: 'Tile',
    inputs: () => ({ x: tensor([1, 1, 1, 3]) }),
    attrs: { reps: [2, 5, 5, 1] },
  },
  {
    label: 'matmul of a large fresh right operand (run swapped)',
    kernelName: 'BatchMatMul',
    inputs: () => ({ a: tensor([4, 300]), b: tensor([300, 200]) }),
    attrs: { transposeA: false, transposeB: false },
  },
  {
    label: 'max-pool gradient, tiled (2×2, stride 2)',
    kernelName: 'MaxPoolGrad',
    inputs: pooled([2, 7, 7, 3], 2, 2),
    attrs: { filterSize: 2, strides: 2, pad: 'same' },
  },
  {
    label: 'max-pool gradient, overlapping (3×3, stride 2)',
    kernelName: 'MaxPoolGrad',
    inputs: pooled([2, 7, 7, 3], 3, 2),
    attrs: { filterSize: 3, strides: 2, pad: 'same' },
  },
  {
    label: 'depthwise filter gradient',
    kernelName: 'DepthwiseConv2dNativeBackpropFilter',
    inputs: () => ({ x: tensor([2, 8, 8, 3]), dy: tensor([2, 4, 4, 6]) }),
    attrs: { strides: 2, dilations: 1, pad: 'same', filterShape: [3, 3, 3, 2] },
  },
  {
    label: 'depthwise input gradient',
    kernelName: 'DepthwiseConv2dNativeBackpropInput',
    inputs: () => ({ dy: tensor([2, 4, 4, 6]), filter: tensor([3, 3, 3, 2]) }),
    attrs: { strides: 2, dilations: 1, pad: 'same', inputShape: [2, 8, 8, 3] },
  },
];

const footprint = () => ({ tensors: tf.memory().numTensors, buffers: tf.engine().backend.numDataIds() });

describe('Convas wasm kernels', () => {
  beforeAll(async () => {
    await setUpBackends();
    await tf.setBackend('wasm');
  });

  it.each(CALLS)('leave no tensor or wasm buffer behind: $label', ({ kernelName, inputs, attrs }) => {
    const named = inputs();
    const runOnce = () => (tf.engine().runKernel(kernelName, named, attrs) as tf.Tensor).dispose();
    runOnce();
    const before = footprint();
    for (let i = 0; i < 3; i++) runOnce();
    expect(footprint()).toEqual(before);
    // The inputs are intact (not freed by the kernel): reading them still works.
    for (const input of Object.values(named)) expect(input.dataSync().length).toBe(input.size);
    tf.dispose(named);
  });
});
