/**
 * Example params of every layer kind, one list per kind: the conformance harness runs them all, and the
 * every-kind graphs of the exporter and importer tests take a kind's first case when they lack the kind.
 * A kind added to LAYERS without cases fails to compile here.
 */
import { analyzeGraph } from '../../../../engine/core/graph/analyze';
import { LAYER_KINDS, layerSpec, type LayerKind } from '../../../../engine/core/layers';
import type { Graph } from '../../../../engine/core/project/schema';
import { ACTIVATIONS } from '../../../../engine/core/layers/params';

export interface Case {
  params?: Record<string, unknown>;
  /** Input image shape; default 9×9×3. */
  input?: [number, number, number];
  /** Put a Flatten before the layer, for layers that take (or also take) flat vectors. */
  flat?: boolean;
  /** For merges: one branch per entry, each a 1×1 Conv (or a Dense when flat) with that many channels. */
  branches?: number[];
}

export const KIND_CASES: Record<LayerKind, Case[]> = {
  input: [{ input: [28, 28, 1] }, { input: [5, 7, 3] }, { input: [1, 1, 1] }],
  randomFlip: [
    { params: {} },
    { params: { mode: 'vertical' } },
    { params: { mode: 'horizontal_and_vertical' }, input: [1, 1, 1] },
  ],
  randomRotation: [
    { params: { factor: 0.25 } },
    { params: { factor: 0.5 }, input: [5, 7, 3] },
    { params: { factor: 0 }, input: [1, 1, 1] },
  ],
  randomZoom: [
    { params: { heightFactor: 0.3, widthFactor: 0.2 } },
    { params: { heightFactor: 1, widthFactor: 0 }, input: [5, 7, 3] },
  ],
  randomTranslation: [
    { params: { heightFactor: 0.5, widthFactor: 0.25 } },
    { params: { heightFactor: 0, widthFactor: 1 }, input: [5, 7, 3] },
  ],
  randomCrop: [
    { params: { height: 5, width: 7 } },
    { params: { height: 9, width: 9 } },
    { params: { height: 1, width: 2 }, input: [3, 4, 2] },
    { params: { height: 24, width: 20 }, input: [28, 28, 1] },
  ],
  randomContrast: [{ params: { factor: 0.5 } }, { params: { factor: 1 }, input: [4, 4, 1] }],
  randomBrightness: [{ params: { factor: 0.5 } }, { params: { factor: 1 }, input: [4, 4, 1] }],
  gaussianNoise: [{ params: { stddev: 0.2 } }, { params: { stddev: 0 }, input: [4, 4, 1] }],
  conv2d: [
    { params: { filters: 4 } },
    { params: { filters: 3, kernelSize: [3, 5], strides: 2, padding: 'same' } },
    { params: { filters: 2, kernelSize: 4, strides: [2, 1], activation: 'leakyRelu', useBias: false } },
    { params: { filters: 5, kernelSize: 9 }, input: [9, 9, 2] },
    { params: { filters: 2, kernelSize: 5, strides: 3, padding: 'same', activation: 'gelu' }, input: [4, 6, 1] },
  ],
  depthwiseConv2d: [
    { params: {} },
    { params: { kernelSize: [3, 5], strides: 2, padding: 'same', depthMultiplier: 2 } },
    { params: { kernelSize: 2, strides: [1, 2], depthMultiplier: 3, activation: 'leakyRelu', useBias: false } },
    { params: { kernelSize: 3, strides: 3, padding: 'same', activation: 'swish' }, input: [8, 5, 1] },
  ],
  separableConv2d: [
    { params: { filters: 4 } },
    { params: { filters: 6, kernelSize: [5, 3], strides: 2, padding: 'same', depthMultiplier: 2 } },
    {
      params: {
        filters: 3,
        kernelSize: 2,
        strides: [2, 1],
        depthMultiplier: 3,
        activation: 'leakyRelu',
        useBias: false,
      },
    },
    { params: { filters: 1, kernelSize: 9, activation: 'elu' }, input: [9, 9, 2] },
  ],
  maxPooling2d: [
    { params: {} },
    { params: { poolSize: 3, strides: 2, padding: 'same' } },
    { params: { poolSize: [2, 3], strides: [1, 2] } },
    { params: { poolSize: 3, strides: 3, padding: 'valid' }, input: [10, 7, 2] },
    { params: { poolSize: 9, strides: 1 } },
  ],
  averagePooling2d: [
    { params: {} },
    { params: { poolSize: 3, strides: 2, padding: 'same' } },
    { params: { poolSize: [3, 2], strides: [2, 3] } },
    { params: { poolSize: 4, strides: 4, padding: 'same' }, input: [10, 7, 2] },
  ],
  globalAveragePooling2d: [{}, { input: [1, 1, 5] }, { input: [6, 3, 2] }],
  globalMaxPooling2d: [{}, { input: [1, 1, 5] }, { input: [6, 3, 2] }],
  batchNormalization: [
    { params: {} },
    { params: { momentum: 0.9, epsilon: 1e-5 } },
    { params: { momentum: 0 }, flat: true },
    { params: { epsilon: 1 }, input: [1, 1, 4] },
  ],
  dropout: [{ params: { rate: 0.25 } }, { params: { rate: 0 }, flat: true }, { params: { rate: 0.9 } }],
  activation: [
    ...ACTIVATIONS.map(activation => ({ params: { activation } })),
    ...ACTIVATIONS.map(activation => ({ params: { activation }, flat: true })),
  ],
  add: [
    { branches: [4, 4] },
    { branches: [3, 3, 3] },
    { branches: [5, 5], flat: true },
    { branches: Array(16).fill(2) },
  ],
  concatenate: [
    { branches: [2, 5] },
    { branches: [1, 2, 3] },
    { branches: [4, 6], flat: true },
    { branches: [3, 3], input: [4, 7, 1] },
  ],
  zeroPadding2d: [
    { params: {} },
    { params: { padding: [2, 0] } },
    { params: { padding: 0 } },
    { params: { padding: [1, 3] }, input: [1, 1, 1] },
  ],
  upSampling2d: [
    { params: { size: [2, 3] } },
    { params: { interpolation: 'bilinear' } },
    { params: { size: 3, interpolation: 'bilinear' }, input: [4, 5, 2] },
    { params: { size: [1, 4] }, input: [1, 1, 1] },
    { params: { size: [3, 2], interpolation: 'bilinear' }, input: [1, 3, 2] },
  ],
  flatten: [{}, { input: [1, 1, 1] }, { input: [4, 6, 3] }],
  dense: [
    { params: { units: 7 }, flat: true },
    { params: { units: 1, activation: 'leakyRelu', useBias: false }, flat: true },
    { params: { units: 16, activation: 'softmax' }, flat: true, input: [1, 1, 1] },
  ],
  output: [
    { params: {}, flat: true },
    { params: { units: 10, activation: 'softmax' }, flat: true },
    { params: { task: 'regression' }, flat: true },
    { params: { task: 'regression', units: 4, activation: 'sigmoid' }, flat: true },
  ],
};

interface GraphLike {
  nodes: { id: string; kind: string; params: Record<string, unknown>; position: { x: number; y: number } }[];
  edges: { source: string; target: string }[];
}

/**
 * Adds each kind of `kinds` the graph lacks, from its first case, so an every-kind graph stays one as
 * kinds are added: augmentation right after the Input; any other kind on a branch from the image node
 * `image` (a Flatten first for flat cases), flattened when it gives an image, and joined to the flat
 * node `features` by a Concatenate that takes its place.
 * @example const g = withEveryKind(handBuilt, { image: 'crop', features: 'fc2' });
 */
export function withEveryKind<G extends GraphLike>(
  graph: G,
  at: { image: string; features: string },
  kinds: readonly LayerKind[] = LAYER_KINDS,
): G {
  const nodes = [...graph.nodes];
  let edges = [...graph.edges];
  const present = new Set(nodes.map(n => n.kind));
  const add = (id: string, kind: string, params: Record<string, unknown>, from: string[]) => {
    nodes.push({ id, kind, params, position: { x: 0, y: 0 } });
    edges.push(...from.map(source => ({ source, target: id })));
    return id;
  };
  const input = nodes.find(n => n.kind === 'input')!.id;
  const placed: string[] = [];
  for (const kind of kinds.filter(k => !present.has(k) && k !== 'input' && k !== 'output')) {
    const c = KIND_CASES[kind][0] ?? {};
    const id = `every_${kind}`;
    if (layerSpec(kind).category === 'augmentation') {
      const after = edges.filter(e => e.source === input);
      edges = edges.filter(e => e.source !== input);
      add(id, kind, c.params ?? {}, [input]);
      edges.push(...after.map(e => ({ source: id, target: e.target })));
      continue;
    }
    const feed = c.flat ? add(`${id}_flat`, 'flatten', {}, [at.image]) : at.image;
    const sources = c.branches?.map((channels, i) =>
      c.flat
        ? add(`${id}_branch${i}`, 'dense', { units: channels }, [feed])
        : add(`${id}_branch${i}`, 'conv2d', { filters: channels, kernelSize: 1, activation: 'linear' }, [feed]),
    ) ?? [feed];
    placed.push(add(id, kind, c.params ?? {}, sources));
  }
  if (!placed.length) return { ...graph, nodes, edges };
  const shapes = analyzeGraph({ nodes, edges } as Graph).byId;
  const heads = placed.map(id =>
    (shapes.get(id)?.shape?.length ?? 1) > 1 ? add(`${id}_tail`, 'flatten', {}, [id]) : id,
  );
  const consumers = edges.filter(e => e.source === at.features);
  edges = edges.filter(e => e.source !== at.features);
  const join = add('every_kind_join', 'concatenate', {}, [at.features, ...heads]);
  edges.push(...consumers.map(e => ({ source: join, target: e.target })));
  return { ...graph, nodes, edges };
}
