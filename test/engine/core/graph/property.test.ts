/**
 * Random chains and DAGs (random kinds and params, some invalid; merges, residual adds, stray edges):
 * the engine either rejects the graph with coded problems, or tfjs builds it with exactly the inferred
 * shapes. Never an exception on either side.
 */
import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../../../engine/core/errors';
import { analyzeGraph, type AnalyzeOptions } from '../../../../engine/core/graph/analyze';
import { layerContextOf, type DatasetFit } from '../../../../engine/core/graph/layerContext';
import { resolveParams } from '../../../../engine/core/graph/params';
import { modelTotals } from '../../../../engine/core/graph/summary';
import { LAYER_KINDS, layerSpec, type LayerKind } from '../../../../engine/core/layers';
import type { ParamSpec, ParamSpecs } from '../../../../engine/core/layers/params';
import type { Graph } from '../../../../engine/core/project/schema';
import { tfjsMismatches, useCpuBackend } from '../layers/tfCheck';

const NUM_RUNS = 8000;
/** Graphs above this size are analysed but not built: a resource limit of the test, not a claim. */
const MAX_VALUES = 2_000_000;

/** Small values, so most windows fit the small inputs and models stay cheap to build. */
function validValue(spec: ParamSpec): fc.Arbitrary<unknown> {
  const lo =
    spec.type === 'int' || spec.type === 'intOrPair' || spec.type === 'tuple' || spec.type === 'autoInt'
      ? (spec.min ?? 0)
      : 0;
  const small = (span: number) =>
    fc.integer({ min: lo, max: Math.min(lo + span, 'max' in spec && spec.max !== undefined ? spec.max : Infinity) });
  switch (spec.type) {
    case 'int':
      return small(6);
    case 'float':
      return fc.double({ min: spec.min ?? 0, max: spec.max ?? 1, noNaN: true, maxExcluded: !!spec.exclusiveMax });
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'intOrPair':
      return fc.oneof(small(4), fc.tuple(small(4), small(4)));
    case 'tuple':
      return fc.array(small(9), { minLength: spec.length, maxLength: spec.length });
    case 'autoInt':
      return fc.oneof(fc.constant('auto'), small(5));
  }
}

function invalidValue(spec: ParamSpec): fc.Arbitrary<unknown> {
  const outOfRange = [
    ...('min' in spec && spec.min !== undefined ? [spec.min - 1] : []),
    ...('max' in spec && spec.max !== undefined ? [spec.max + 1] : []),
  ];
  return fc.constantFrom('x', null, [1, 2, 3, 4], 2.5, ...outOfRange);
}

const paramsArb = (kind: LayerKind): fc.Arbitrary<Record<string, unknown>> => {
  const specs = Object.entries(layerSpec(kind).params as ParamSpecs);
  const values = fc.record(
    Object.fromEntries(
      specs.map(([name, spec]) => [
        name,
        fc.oneof({ arbitrary: validValue(spec), weight: 80 }, { arbitrary: invalidValue(spec), weight: 1 }),
      ]),
    ),
    { requiredKeys: [] },
  );
  const unknown = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 150 },
    { arbitrary: fc.constant('filtres'), weight: 1 },
  );
  return fc.tuple(values, unknown).map(([v, u]) => (u ? { ...v, [u]: 1 } : v));
};

const isAugmentation = (kind: LayerKind) => layerSpec(kind).category === 'augmentation';
/** Augmentation kinds go right after the Input (the `augment` prefix); drawn among the others they are mostly misplaced. */
const AUGMENTATION = LAYER_KINDS.filter(isAugmentation);
const INNER = LAYER_KINDS.filter(k => k !== 'input' && k !== 'output' && !isAugmentation(k));
/** Kinds that keep an image an image; the rest (Flatten, Dense, global pooling) end the image part, so they come rarer. */
const keepsImage = (kind: LayerKind): boolean => {
  const spec = layerSpec(kind);
  const out = spec.inferShape(
    Array(spec.arity.min).fill([8, 8, 4]),
    resolveParams(spec.params, {}, 'probe').params,
    {},
  );
  return out.ok && out.shape.length === 3;
};
const kindArb = fc.oneof(
  { arbitrary: fc.constantFrom(...INNER.filter(keepsImage)), weight: 24 },
  { arbitrary: fc.constantFrom(...INNER.filter(k => !keepsImage(k))), weight: 4 },
  { arbitrary: fc.constantFrom(...AUGMENTATION), weight: 1 },
);
const nodeArb = (kinds: fc.Arbitrary<LayerKind>) =>
  fc
    .record({
      kind: kinds,
      picks: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
      /** Usually 0; otherwise one input too few or too many. */
      arityNoise: fc.oneof({ arbitrary: fc.constant(0), weight: 20 }, { arbitrary: fc.constantFrom(-1, 1), weight: 1 }),
    })
    .chain(n => paramsArb(n.kind).map(params => ({ ...n, params })));

const CHAOS = ['cycle', 'dangling', 'unknownKind', 'secondInput', 'noOutput'] as const;

const caseArb = fc.record({
  dag: fc.boolean(),
  input: validValue(layerSpec('input').params.shape!),
  augment: fc.array(nodeArb(fc.constantFrom(...AUGMENTATION)), { maxLength: 2 }),
  layers: fc.array(nodeArb(kindArb), { maxLength: 7 }),
  head: fc.constantFrom('none', 'flatten', 'globalAveragePooling2d'),
  output: paramsArb('output'),
  dataset: fc.option(
    fc.record({
      classes: fc.integer({ min: 1, max: 6 }),
      sameShape: fc.oneof({ arbitrary: fc.constant(true), weight: 8 }, { arbitrary: fc.constant(false), weight: 1 }),
    }),
    { freq: 2 },
  ),
  chaos: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 12 },
    { arbitrary: fc.constantFrom(...CHAOS), weight: 1 },
  ),
  chaosPick: fc.nat(),
});
type Case = typeof caseArb extends fc.Arbitrary<infer C> ? C : never;

function buildGraph(c: Case): { graph: Graph; options: AnalyzeOptions } {
  const node = (id: string, kind: string, params: Record<string, unknown> = {}) => ({
    id,
    kind,
    params,
    position: { x: 0, y: 0 },
  });
  const nodes = [node('n0', 'input', { shape: c.input })];
  const edges: Graph['edges'] = [];
  // Crops right after the Input get a size within it; any size is still drawn where one lands in `layers`.
  const [h, w] = c.input as number[];
  const fitted = c.augment.map(l =>
    l.kind === 'randomCrop'
      ? { ...l, params: { ...l.params, height: 1 + (l.picks[0]! % h!), width: 1 + (l.picks[1]! % w!) } }
      : l,
  );
  const layers = [...fitted, ...c.layers];
  layers.forEach((l, j) => {
    const i = j + 1,
      id = `n${i}`;
    nodes.push(node(id, l.kind, l.params));
    const { arity } = layerSpec(l.kind);
    const wanted = Math.max(0, arity.min + (arity.max > 1 ? l.picks[2]! % 2 : 0) + l.arityNoise);
    const sources: number[] = [];
    for (let k = 0; k < wanted; k++) {
      // The first source continues the chain; in a DAG the others reach back anywhere (residual adds, branches).
      // A DAG never feeds one source twice into a node: tfjs cannot run that yet (see the known case below).
      const src =
        k === 0 || !c.dag
          ? i - 1
          : Array.from({ length: i }, (_, t) => (l.picks[k % 3]! + t) % i).find(s => !sources.includes(s));
      if (src === undefined) break;
      sources.push(src);
      edges.push({ source: `n${src}`, target: id });
    }
  });
  let last = `n${layers.length}`;
  if (c.head !== 'none') {
    nodes.push(node('head', c.head));
    edges.push({ source: last, target: 'head' });
    last = 'head';
  }
  if (c.chaos !== 'noOutput') {
    nodes.push(node('out', 'output', c.output));
    edges.push({ source: last, target: 'out' });
  }
  const pick = (n: number) => c.chaosPick % n;
  if (c.chaos === 'cycle' && layers.length) edges.push({ source: last, target: `n${1 + pick(layers.length)}` });
  if (c.chaos === 'dangling') edges.push({ source: 'nowhere', target: last });
  if (c.chaos === 'unknownKind') {
    nodes.push(node('odd', 'conv3d'));
    edges.push({ source: 'n0', target: 'odd' });
  }
  if (c.chaos === 'secondInput') nodes.push(node('n99', 'input'));

  const shape = c.dataset?.sameShape
    ? (c.input as [number, number, number])
    : ([28, 28, 1] as [number, number, number]);
  // The dataset's task follows the Output's, so a task mismatch does not reject most regression heads.
  const regression = c.output.task === 'regression';
  const dataset: DatasetFit | undefined = !c.dataset
    ? undefined
    : regression
      ? {
          imageShape: shape,
          classNames: [],
          task: 'regression',
          targetNames: Array.from({ length: c.dataset.classes }, (_, k) => `t${k}`),
        }
      : { imageShape: shape, classNames: Array.from({ length: c.dataset.classes }, (_, k) => `c${k}`) };
  const options: AnalyzeOptions = dataset ? { dataset } : {};
  return { graph: { nodes, edges }, options };
}

beforeAll(useCpuBackend);

it('the engine rejects a graph with coded problems, or tfjs builds it with the inferred shapes', () => {
  const tally = { rejected: 0, compiled: 0, tooLarge: 0 };
  const tensorsBefore = tf.memory().numTensors;
  fc.assert(
    fc.property(caseArb, c => {
      const { graph, options } = buildGraph(c);
      const analysis = analyzeGraph(graph, options);
      for (const n of analysis.nodes) {
        expect(n.shape?.every(d => Number.isInteger(d) && d >= 1) ?? true, `${n.id} shape ${n.shape}`).toBe(true);
      }
      if (!analysis.ok) {
        tally.rejected++;
        expect(analysis.problems.some(p => p.severity === 'error')).toBe(true);
        for (const p of analysis.problems) {
          expect(Object.hasOwn(ERROR_CATALOGUE, p.code), p.code).toBe(true);
          expect(p.message, p.code).toMatch(/\S/);
          expect(p.hint, p.code).toMatch(/\S/);
        }
        return;
      }
      const totals = modelTotals(analysis);
      if (totals.params + totals.activations > MAX_VALUES) {
        tally.tooLarge++;
        return;
      }
      tally.compiled++;
      const ctx = options.dataset ? layerContextOf(options.dataset) : {};
      expect(tfjsMismatches(analysis, ctx)).toEqual([]);
    }),
    { numRuns: NUM_RUNS },
  );
  // Both sides must really be exercised, or the property says little (about 17% compile; 10% leaves room for chance).
  expect(tally.compiled, JSON.stringify(tally)).toBeGreaterThan(NUM_RUNS * 0.1);
  expect(tally.rejected, JSON.stringify(tally)).toBeGreaterThan(NUM_RUNS * 0.15);
  expect(tally.tooLarge, JSON.stringify(tally)).toBeLessThan(NUM_RUNS * 0.05);
  expect(tf.memory().numTensors).toBe(tensorsBefore);
}, 60_000);

/**
 * tfjs-layers' executor counts a layer that takes one tensor twice as one recipient but releases
 * the tensor once per use, so predict() would fail on a disposed tensor: the engine refuses
 * repeated edges instead.
 */
it('a source fed twice into one merge is rejected with EDGE_DUPLICATE', () => {
  const node = (id: string, kind: string, params: Record<string, unknown> = {}) => ({
    id,
    kind,
    params,
    position: { x: 0, y: 0 },
  });
  const graph: Graph = {
    nodes: [
      node('n0', 'input', { shape: [4, 4, 1] }),
      node('n1', 'conv2d', { filters: 1, kernelSize: 1 }),
      node('n2', 'add'),
      node('n3', 'add'),
      node('n4', 'flatten'),
      node('out', 'output', { units: 2 }),
    ],
    edges: [
      ['n0', 'n1'],
      ['n1', 'n2'],
      ['n1', 'n2'],
      ['n2', 'n3'],
      ['n1', 'n3'],
      ['n3', 'n4'],
      ['n4', 'out'],
    ].map(([source, target]) => ({ source: source!, target: target! })),
  };
  const analysis = analyzeGraph(graph);
  expect(analysis.ok).toBe(false);
  expect(analysis.problems.map(p => p.code)).toContain('EDGE_DUPLICATE');
});
