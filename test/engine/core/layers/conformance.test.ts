/**
 * One harness over the whole registry (as Keras' run_layer_test): for every kind and a spread of
 * params, the engine's shapes and param counts equal what tfjs builds, and params survive the project file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeGraph, type AnalyzeOptions } from '../../../../engine/core/graph/analyze';
import { layerContextOf, type DatasetFit } from '../../../../engine/core/graph/layerContext';
import { resolveParams } from '../../../../engine/core/graph/params';
import { LAYER_KINDS, layerSpec, type LayerKind } from '../../../../engine/core/layers';
import type { ParamSpecs } from '../../../../engine/core/layers/params';
import { CURRENT_VERSION, projectSchema, type Graph } from '../../../../engine/core/project/schema';
import { type Case, KIND_CASES as CASES } from './kindCases';
import { tfjsMismatches, trainOneStep, useCpuBackend } from './tfCheck';
import { compareWithOnnxRuntime } from '../../export/onnx/onnxCheck';

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
