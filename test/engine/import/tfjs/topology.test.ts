/** The pure half of the importer: topology flattening and the layer mapping, on hand-written configs. */
import { describe, expect, it } from 'vitest';
import { ConvasError } from '../../../../engine/core/errors';
import { importGraph } from '../../../../engine/import/tfjs/importGraph';
import { mapLayer } from '../../../../engine/import/tfjs/layerMapping';
import { flattenTopology } from '../../../../engine/import/tfjs/topology';

const keras3Tensor = (name: string) => ({
  class_name: '__keras_tensor__',
  config: { shape: [null, 4], dtype: 'float32', keras_history: [name, 0, 0] },
});

describe('flattenTopology', () => {
  it('reads Keras 3 functional models (inbound_nodes with args), with a branch and a merge', () => {
    const layer = (class_name: string, name: string, inputs: string[], config: Record<string, unknown> = {}) => ({
      class_name,
      name,
      config: { name, ...config },
      inbound_nodes: inputs.length
        ? [{ args: inputs.length > 1 ? [inputs.map(keras3Tensor)] : inputs.map(keras3Tensor), kwargs: {} }]
        : [],
    });
    const { layers, outputId } = flattenTopology({
      class_name: 'Functional',
      config: {
        name: 'functional',
        input_layers: [['x', 0, 0]],
        output_layers: [['head', 0, 0]],
        layers: [
          layer('InputLayer', 'x', [], { batch_shape: [null, 6, 6, 3] }),
          layer('Conv2D', 'a', ['x'], { filters: 3, kernel_size: [1, 1], padding: 'same' }),
          layer('Conv2D', 'b', ['x'], { filters: 3, kernel_size: [3, 3], padding: 'same' }),
          layer('Add', 'sum', ['a', 'b']),
          layer('GlobalAveragePooling2D', 'gap', ['sum']),
          layer('Dense', 'head', ['gap'], { units: 2, activation: 'softmax' }),
        ],
      },
    });
    expect(layers.map(l => [l.id, l.inputs])).toEqual([
      ['x', []],
      ['a', ['x']],
      ['b', ['x']],
      ['sum', ['a', 'b']],
      ['gap', ['sum']],
      ['head', ['gap']],
    ]);
    expect(outputId).toBe('head');
  });

  it('refuses shared layers and models with several outputs', () => {
    const shared = {
      class_name: 'Model',
      config: {
        name: 'm',
        input_layers: [['x', 0, 0]],
        output_layers: [['d', 0, 0]],
        layers: [
          {
            class_name: 'InputLayer',
            name: 'x',
            config: { name: 'x', batch_input_shape: [null, 4, 4, 1] },
            inbound_nodes: [],
          },
          {
            class_name: 'Dense',
            name: 'd',
            config: { name: 'd', units: 1 },
            inbound_nodes: [[['x', 0, 0, {}]], [['x', 0, 0, {}]]],
          },
        ],
      },
    };
    expect(() => flattenTopology(shared)).toThrow(/used 2 times/);
    const twoOut = {
      class_name: 'Model',
      config: {
        ...shared.config,
        output_layers: [
          ['d', 0, 0],
          ['x', 0, 0],
        ],
      },
    };
    expect(() => flattenTopology(twoOut)).toThrow(ConvasError);
  });
});

describe('mapLayer', () => {
  const map = (className: string, config: Record<string, unknown>) => mapLayer({ className, config });
  it('reads tfjs camelCase keys as well as Keras snake_case ones', () => {
    expect(
      map('Conv2D', {
        filters: 8,
        kernelSize: [3, 5],
        strides: [2, 2],
        padding: 'same',
        activation: 'relu',
        useBias: false,
      }),
    ).toEqual({
      kind: 'conv2d',
      params: { filters: 8, kernelSize: [3, 5], strides: 2, padding: 'same', activation: 'relu', useBias: false },
    });
    expect(map('MaxPooling2D', { poolSize: [3, 3] })).toEqual({
      kind: 'maxPooling2d',
      params: { poolSize: 3, strides: 3, padding: 'valid' },
    });
  });
  it('maps activation layers and says why others cannot be', () => {
    expect(map('Softmax', {})).toEqual({ kind: 'activation', params: { activation: 'softmax' } });
    expect(map('ReLU', {})).toEqual({ kind: 'activation', params: { activation: 'relu' } });
    expect(map('ReLU', { max_value: 4 })).toMatchObject({ unsupported: expect.stringMatching(/max_value/) });
    expect(map('Activation', { activation: { class_name: 'function', config: 'silu' } })).toEqual({
      kind: 'activation',
      params: { activation: 'swish' },
    });
    expect(
      map('ZeroPadding2D', {
        padding: [
          [0, 1],
          [0, 1],
        ],
      }),
    ).toEqual({
      kind: 'zeroPadding2d',
      params: { padding: 0 },
      pads: [
        [0, 1],
        [0, 1],
      ],
    });
    expect(
      map('ZeroPadding2D', {
        padding: [
          [1, 1],
          [2, 2],
        ],
      }),
    ).toEqual({ kind: 'zeroPadding2d', params: { padding: [1, 2] } });
    expect(map('Conv2D', { filters: 2, kernel_size: 3, data_format: 'channels_first' })).toMatchObject({
      unsupported: expect.stringMatching(/channels_first/),
    });
    expect(map('LSTM', {})).toEqual({ unsupported: 'no Convas layer' });
  });
});

describe('importGraph', () => {
  it('folds Dense + Activation("softmax") into the Output node', () => {
    const { nodes, edges } = importGraph(
      flattenTopology({
        class_name: 'Sequential',
        config: {
          name: 's',
          layers: [
            { class_name: 'Flatten', config: { name: 'flat', batch_input_shape: [null, 4, 4, 1] } },
            { class_name: 'Dense', config: { name: 'logits', units: 3 } },
            { class_name: 'Activation', config: { name: 'probs', activation: 'softmax' } },
          ],
        },
      }),
    );
    expect(nodes.map(n => [n.id, n.kind, n.params])).toEqual([
      ['flat_input', 'input', { shape: [4, 4, 1] }],
      ['flat', 'flatten', {}],
      ['logits', 'output', { task: 'classification', units: 3, activation: 'softmax' }],
    ]);
    expect(edges).toEqual([
      { source: 'flat_input', target: 'flat' },
      { source: 'flat', target: 'logits' },
    ]);
  });

  it('refuses a model that does not end with a Dense layer', () => {
    expect(() =>
      importGraph(
        flattenTopology({
          class_name: 'Sequential',
          config: {
            name: 's',
            layers: [
              {
                class_name: 'Conv2D',
                config: { name: 'c', filters: 1, kernel_size: 1, batch_input_shape: [null, 4, 4, 1] },
              },
            ],
          },
        }),
      ),
    ).toThrow(/ends with c \(Conv2D\)/);
  });
});
