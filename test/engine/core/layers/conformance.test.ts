/**
 * One harness over the whole registry (as Keras' run_layer_test): for every kind and a spread of
 * params, the engine's shapes and param counts equal what tfjs builds, and params survive the project file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeGraph, type AnalyzeOptions } from '../../../../engine/core/graph/analyze';
import { layerContextOf, type DatasetFit } from '../../../../engine/core/graph/layerContext';
import { resolveParams } from '../../../../engine/core/graph/params';
import { LAYER_KINDS, layerSpec, type LayerKind } from '../../../../engine/core/layers';
import { ACTIVATIONS, type ParamSpecs } from '../../../../engine/core/layers/params';
import { CURRENT_VERSION, projectSchema, type Graph } from '../../../../engine/core/project/schema';
import { tfjsMismatches, trainOneStep, useCpuBackend } from './tfCheck';
import { compareWithOnnxRuntime } from '../../export/onnx/onnxCheck';

interface Case {
  params?: Record<string, unknown>;
  /** Input image shape; default 9×9×3. */
  input?: [number, number, number];
  /** Put a Flatten before the layer, for layers that take (or also take) flat vectors. */
  flat?: boolean;
  /** For merges: one branch per entry, each a 1×1 Conv (or a Dense when flat) with that many channels. */
  branches?: number[];
}

const CASES: Record<LayerKind, Case[]> = {
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

const CLASSES = 10;

/** Input → [Flatten] → [branches] → the layer → whatever it needs to reach an Output. */
function caseGraph(kind: LayerKind, c: Case): Graph {
  const shape = c.input ?? [9, 9, 3];
  const nodes: Graph['nodes'] = [{ id: 'in', kind: 'input', params: { shape }, position: { x: 0, y: 0 } }];
  const edges: Graph['edges'] = [];
  const addNode = (id: string, k: string, params: Record<string, unknown>, from: string[]) => {
    nodes.push({ id, kind: k, params, position: { x: 0, y: 0 } });
    for (const source of from) edges.push({ source, target: id });
    return id;
  };
  if (kind === 'input') {
    addNode('flat', 'flatten', {}, ['in']);
    addNode('out', 'output', {}, ['flat']);
    return { nodes, edges };
  }
  let feed = c.flat ? addNode('flat', 'flatten', {}, ['in']) : 'in';
  const sources = c.branches?.map((channels, i) =>
    c.flat
      ? addNode(`branch${i}`, 'dense', { units: channels }, [feed])
      : addNode(`branch${i}`, 'conv2d', { filters: channels, kernelSize: 1, activation: 'linear' }, [feed]),
  ) ?? [feed];
  const layer = addNode('layer', kind, c.params ?? {}, sources);
  if (kind === 'output') return { nodes, edges };
  const shape0 = analyzeGraph({ nodes, edges }).byId.get(layer)?.shape;
  feed = shape0 && shape0.length > 1 ? addNode('tailflat', 'flatten', {}, [layer]) : layer;
  addNode('out', 'output', {}, [feed]);
  return { nodes, edges };
}

/** A classification dataset of CLASSES classes, or a regression one with as many targets as a regression Output asks for. */
function datasetFor(g: Graph): DatasetFit {
  const imageShape = g.nodes[0]!.params.shape as [number, number, number];
  const output = g.nodes.find(n => n.kind === 'output')!.params;
  if (output.task !== 'regression')
    return { imageShape, classNames: Array.from({ length: CLASSES }, (_, i) => `c${i}`) };
  const targets = typeof output.units === 'number' ? output.units : 1;
  return {
    imageShape,
    classNames: [],
    task: 'regression',
    targetNames: Array.from({ length: targets }, (_, i) => `t${i}`),
  };
}
const options = (g: Graph): AnalyzeOptions => ({ dataset: datasetFor(g) });

const cases = LAYER_KINDS.flatMap(kind =>
  (CASES[kind] ?? []).map((c, i) => ({ kind, c, name: `${kind} #${i + 1} ${JSON.stringify(c)}` })),
);

beforeAll(useCpuBackend);

describe('every layer kind against tfjs', () => {
  it.each(cases)('$name', ({ kind, c }) => {
    const graph = caseGraph(kind, c);
    const analysis = analyzeGraph(graph, options(graph));
    expect(analysis.problems).toEqual([]);
    expect(analysis.byId.get(kind === 'input' ? 'in' : 'layer')?.shape).toBeDefined();
    expect(tfjsMismatches(analysis, layerContextOf(datasetFor(graph)))).toEqual([]);
  });

  it.each(cases)('$name: trains one step', async ({ kind, c }) => {
    const graph = caseGraph(kind, c);
    const loss = await trainOneStep(analyzeGraph(graph, options(graph)), layerContextOf(datasetFor(graph)));
    expect(Number.isFinite(loss)).toBe(true);
  });

  it.each(cases)('$name: the ONNX export runs in onnxruntime like tfjs', async ({ kind, c }) => {
    const project = projectSchema.parse({
      version: CURRENT_VERSION,
      id: 'conformance',
      name: 'conformance',
      ...caseGraph(kind, c),
      dataset: { kind: 'builtin', name: 'mnist' },
    });
    expect((await compareWithOnnxRuntime(project, 20)).maxAbsDiff).toBeLessThan(1e-4);
  });

  it.each(cases)('$name: params round-trip through the project file', ({ kind, c }) => {
    const graph = caseGraph(kind, c);
    const analysis = analyzeGraph(graph, options(graph));
    const project = {
      version: CURRENT_VERSION,
      id: 'conformance',
      name: 'conformance',
      ...graph,
      dataset: { kind: 'builtin', name: 'mnist' },
    };
    const reloaded = projectSchema.parse(JSON.parse(JSON.stringify(project)));
    for (const node of reloaded.nodes) {
      const again = resolveParams(layerSpec(node.kind as LayerKind).params, node.params, node.id);
      expect(again.problems).toEqual([]);
      expect(again.params).toEqual(analysis.byId.get(node.id)!.params);
    }
    expect(analysis.byId.get(kind === 'input' ? 'in' : 'layer')!.params).toMatchObject(c.params ?? {});
  });
});

describe('the harness covers the registry', () => {
  it('has cases for every kind', () => {
    const missing = LAYER_KINDS.filter(kind => !CASES[kind]?.length);
    expect(missing).toEqual([]);
  });

  it('sets every param of every kind to a non-default value in some case', () => {
    const untried = LAYER_KINDS.flatMap(kind =>
      Object.entries(layerSpec(kind).params as ParamSpecs)
        .filter(
          ([name, spec]) =>
            !(CASES[kind] ?? []).some(c => {
              const v = kind === 'input' ? c.input : c.params?.[name];
              return v !== undefined && JSON.stringify(v) !== JSON.stringify(spec.default);
            }),
        )
        .map(([name]) => `${kind}.${name}`),
    );
    expect(untried).toEqual([]);
  });
});

describe('registry entries', () => {
  it.each(LAYER_KINDS)('%s: defaults pass its own param checks and describe() gives text', kind => {
    const spec = layerSpec(kind);
    const { params, problems } = resolveParams(spec.params, {}, 'n');
    expect(problems).toEqual([]);
    expect(typeof spec.describe(params, { numClasses: CLASSES })).toBe('string');
    expect(spec.kind).toBe(kind);
    expect(spec.description.length).toBeGreaterThan(0);
  });

  it('merges take 2 to 16 inputs, every other non-input kind exactly one', () => {
    for (const kind of LAYER_KINDS) {
      const { arity, category } = layerSpec(kind);
      const expected =
        category === 'merge' ? { min: 2, max: 16 } : category === 'input' ? { min: 0, max: 0 } : { min: 1, max: 1 };
      expect(arity, kind).toEqual(expected);
    }
  });
});
