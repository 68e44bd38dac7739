/** Hand-written Keras-style model.json files, as tensorflowjs_converter writes them, with random weights. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export type KerasLayerJson = {
  class_name: string;
  config: Record<string, unknown>;
  inbound_nodes?: unknown[];
  name?: string;
};
export type WeightSpec = { name: string; shape: number[] };

const keras2 = (model: KerasLayerJson) => ({
  keras_version: '2.13.1',
  backend: 'tensorflow',
  model_config: model,
  training_config: { loss: 'categorical_crossentropy' },
});

/** A Sequential CNN for 8×8×1 images and 3 classes, the way Keras 2 + tensorflowjs_converter writes it. */
export function sequentialCnn(extra: KerasLayerJson[] = []): { topology: unknown; weights: WeightSpec[] } {
  const layers: KerasLayerJson[] = [
    {
      class_name: 'InputLayer',
      config: { batch_input_shape: [null, 8, 8, 1], dtype: 'float32', sparse: false, ragged: false, name: 'input_1' },
    },
    {
      class_name: 'Conv2D',
      config: {
        name: 'conv2d',
        trainable: false,
        dtype: 'float32',
        filters: 2,
        kernel_size: [3, 3],
        strides: [1, 1],
        padding: 'valid',
        data_format: 'channels_last',
        dilation_rate: [1, 1],
        groups: 1,
        activation: 'relu',
        use_bias: true,
      },
    },
    {
      class_name: 'BatchNormalization',
      config: { name: 'batch_normalization', axis: [3], momentum: 0.99, epsilon: 0.001, center: true, scale: true },
    },
    { class_name: 'ReLU', config: { name: 're_lu', max_value: 6.0, negative_slope: 0.0, threshold: 0.0 } },
    {
      class_name: 'MaxPooling2D',
      config: {
        name: 'max_pooling2d',
        pool_size: [2, 2],
        padding: 'valid',
        strides: [2, 2],
        data_format: 'channels_last',
      },
    },
    ...extra,
    { class_name: 'Flatten', config: { name: 'flatten', data_format: 'channels_last' } },
    { class_name: 'Dropout', config: { name: 'dropout', rate: 0.25 } },
    { class_name: 'Dense', config: { name: 'dense', units: 3, activation: 'softmax', use_bias: true } },
  ];
  return {
    topology: keras2({ class_name: 'Sequential', config: { name: 'sequential', layers } }),
    weights: [
      { name: 'conv2d/kernel', shape: [3, 3, 1, 2] },
      { name: 'conv2d/bias', shape: [2] },
      { name: 'batch_normalization/gamma', shape: [2] },
      { name: 'batch_normalization/beta', shape: [2] },
      { name: 'batch_normalization/moving_mean', shape: [2] },
      { name: 'batch_normalization/moving_variance', shape: [2] },
      { name: 'dense/kernel', shape: [18, 3] },
      { name: 'dense/bias', shape: [3] },
    ],
  };
}

/** Teachable Machine's shape: a Sequential whose first layer is a functional base model and whose second is a Sequential head. */
export function teachableMachineLike(
  pad: number[][] = [
    [0, 1],
    [0, 1],
  ],
): { topology: unknown; weights: WeightSpec[] } {
  const inbound = (name: string) => [[[name, 0, 0, {}]]];
  const base: KerasLayerJson = {
    class_name: 'Model',
    name: 'model1',
    config: {
      name: 'model1',
      layers: [
        {
          class_name: 'InputLayer',
          name: 'input_1',
          inbound_nodes: [],
          config: { batch_input_shape: [null, 8, 8, 3], dtype: 'float32', name: 'input_1' },
        },
        {
          class_name: 'Conv2D',
          name: 'conv1',
          inbound_nodes: inbound('input_1'),
          config: {
            name: 'conv1',
            filters: 4,
            kernel_size: [3, 3],
            strides: [2, 2],
            padding: 'same',
            activation: 'linear',
            use_bias: false,
          },
        },
        {
          class_name: 'BatchNormalization',
          name: 'conv1_bn',
          inbound_nodes: inbound('conv1'),
          config: { name: 'conv1_bn', axis: -1, momentum: 0.99, epsilon: 0.001 },
        },
        {
          class_name: 'ReLU',
          name: 'conv1_relu',
          inbound_nodes: inbound('conv1_bn'),
          config: { name: 'conv1_relu', max_value: 6 },
        },
        // Keras' MobileNets pad unevenly before a strided 'valid' convolution.
        {
          class_name: 'ZeroPadding2D',
          name: 'conv_pad_1',
          inbound_nodes: inbound('conv1_relu'),
          config: { name: 'conv_pad_1', padding: pad },
        },
        {
          class_name: 'DepthwiseConv2D',
          name: 'conv_dw_1',
          inbound_nodes: inbound('conv_pad_1'),
          config: {
            name: 'conv_dw_1',
            kernel_size: [3, 3],
            strides: [2, 2],
            padding: 'valid',
            depth_multiplier: 1,
            activation: 'linear',
            use_bias: false,
          },
        },
        {
          class_name: 'Conv2D',
          name: 'conv_pw_1',
          inbound_nodes: inbound('conv_dw_1'),
          config: {
            name: 'conv_pw_1',
            filters: 6,
            kernel_size: [1, 1],
            strides: [1, 1],
            padding: 'same',
            activation: 'relu',
            use_bias: false,
          },
        },
      ],
      input_layers: [['input_1', 0, 0]],
      output_layers: [['conv_pw_1', 0, 0]],
    },
  };
  const head: KerasLayerJson = {
    class_name: 'Sequential',
    config: {
      name: 'sequential_3',
      layers: [
        {
          class_name: 'GlobalAveragePooling2D',
          config: {
            name: 'global_average_pooling2d_GlobalAveragePooling2D1',
            batch_input_shape: [null, 2, 2, 6],
            data_format: 'channels_last',
          },
        },
        { class_name: 'Dense', config: { name: 'dense_Dense1', units: 5, activation: 'relu', use_bias: true } },
        { class_name: 'Dense', config: { name: 'dense_Dense2', units: 2, activation: 'softmax', use_bias: false } },
      ],
    },
  };
  return {
    topology: {
      class_name: 'Sequential',
      config: { name: 'sequential_1', layers: [base, head] },
      keras_version: 'tfjs-layers 1.3.1',
      backend: 'tensor_flow.js',
    },
    weights: [
      { name: 'conv1/kernel', shape: [3, 3, 3, 4] },
      { name: 'conv1_bn/gamma', shape: [4] },
      { name: 'conv1_bn/beta', shape: [4] },
      { name: 'conv1_bn/moving_mean', shape: [4] },
      { name: 'conv1_bn/moving_variance', shape: [4] },
      { name: 'conv_dw_1/depthwise_kernel', shape: [3, 3, 4, 1] },
      { name: 'conv_pw_1/kernel', shape: [1, 1, 4, 6] },
      { name: 'dense_Dense1/kernel', shape: [6, 5] },
      { name: 'dense_Dense1/bias', shape: [5] },
      { name: 'dense_Dense2/kernel', shape: [5, 2] },
    ],
  };
}

/** Writes model.json and one weights shard of seeded random values (variances kept positive); returns model.json's path. */
export async function writeModel(model: { topology: unknown; weights: WeightSpec[] }, seed = 1): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-keras-'));
  const count = model.weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  const values = new Float32Array(count);
  let s = seed;
  for (let i = 0; i < count; i++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    values[i] = s / 2 ** 31 - 0.5;
  }
  let offset = 0;
  for (const w of model.weights) {
    const n = w.shape.reduce((a, b) => a * b, 1);
    if (w.name.endsWith('moving_variance'))
      for (let i = offset; i < offset + n; i++) values[i] = Math.abs(values[i]!) + 0.5;
    offset += n;
  }
  await writeFile(path.join(dir, 'group1-shard1of1.bin'), Buffer.from(values.buffer));
  const json = {
    format: 'layers-model',
    generatedBy: 'keras v2.13.1',
    convertedBy: 'TensorFlow.js Converter v4.22.0',
    modelTopology: model.topology,
    weightsManifest: [
      { paths: ['group1-shard1of1.bin'], weights: model.weights.map(w => ({ ...w, dtype: 'float32' })) },
    ],
  };
  const file = path.join(dir, 'model.json');
  await writeFile(file, JSON.stringify(json));
  return file;
}
