import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, type ErrorCode, type Problem } from '../../../../engine/core/errors';
import { analyzeGraph, type AnalyzeOptions } from '../../../../engine/core/graph/analyze';
import type { Graph } from '../../../../engine/core/project/schema';
import { graph, mnist } from './graphs';

const IN = ['input', { shape: [28, 28, 1] }] as ['input', Record<string, unknown>];

interface ProblemCase {
  code: ErrorCode;
  name: string;
  graph: Graph;
  options?: AnalyzeOptions;
  check?: (p: Problem) => void;
}

const CASES: ProblemCase[] = [
  {
    code: 'GRAPH_CYCLE',
    name: 'a loop back into an earlier node',
    graph: {
      ...graph(
        {
          in: IN,
          c1: ['conv2d', { padding: 'same' }],
          c2: ['conv2d', { padding: 'same' }],
          sum: ['add'],
          f: ['flatten'],
          out: ['output'],
        },
        ['in', 'sum', 'c1', 'c2', 'sum'],
        ['c2', 'f', 'out'],
      ),
    },
    check: p => expect(p.message).toMatch(/sum.*c1.*c2|c1.*c2.*sum/),
  },
  {
    code: 'EDGE_DANGLING',
    name: 'an edge from a node that does not exist',
    graph: graph({ in: IN, f: ['flatten'], out: ['output'] }, ['in', 'f', 'out'], ['ghost', 'f']),
    check: p => {
      expect(p.message).toContain('ghost');
      expect(p.field).toBe('edges[2].source');
    },
  },
  {
    code: 'EDGE_DUPLICATE',
    name: 'the same connection made twice',
    graph: graph({ in: IN, f: ['flatten'], out: ['output'] }, ['in', 'f', 'out'], ['in', 'f']),
    check: p => {
      expect(p.message).toContain('in → f');
      expect(p.field).toBe('edges[2]');
    },
  },
  {
    code: 'INPUT_MISSING',
    name: 'a layer with nothing connected into it',
    graph: graph({ in: IN, f: ['flatten'], d: ['dense'], out: ['output'] }, ['in', 'f', 'out'], ['d', 'out']),
    check: p => expect(p.nodeId).toBe('d'),
  },
  {
    code: 'NO_INPUT_NODE',
    name: 'no Input node',
    graph: graph({ d: ['dense'], out: ['output'] }, ['d', 'out']),
  },
  {
    code: 'NO_OUTPUT_NODE',
    name: 'no Output node',
    graph: graph({ in: IN, f: ['flatten'], d: ['dense'] }, ['in', 'f', 'd']),
  },
  {
    code: 'MULTIPLE_INPUT_NODES',
    name: 'two Input nodes',
    graph: graph(
      { in: IN, in2: IN, sum: ['add'], f: ['flatten'], out: ['output'] },
      ['in', 'sum', 'f', 'out'],
      ['in2', 'sum'],
    ),
    check: p => expect(p.nodeId).toBe('in2'),
  },
  {
    code: 'MULTIPLE_OUTPUT_NODES',
    name: 'two Output nodes',
    graph: graph({ in: IN, f: ['flatten'], out: ['output'], out2: ['output'] }, ['in', 'f', 'out'], ['f', 'out2']),
    check: p => expect(p.nodeId).toBe('out2'),
  },
  {
    code: 'DUPLICATE_ID',
    name: 'two nodes with one id',
    graph: {
      nodes: [
        ...graph({ in: IN, f: ['flatten'], out: ['output'] }).nodes,
        { id: 'f', kind: 'dense', params: {}, position: { x: 0, y: 0 } },
      ],
      edges: graph({}, ['in', 'f', 'out']).edges,
    },
    check: p => expect(p.message).toContain('f'),
  },
  {
    code: 'TOO_MANY_INPUTS',
    name: 'two inputs into a single-input layer',
    graph: graph(
      { in: IN, a: ['conv2d'], b: ['conv2d'], c: ['conv2d'], f: ['flatten'], out: ['output'] },
      ['in', 'a', 'c', 'f', 'out'],
      ['in', 'b', 'c'],
    ),
    check: p => {
      expect(p.nodeId).toBe('c');
      expect(p.message).toContain('2');
    },
  },
  {
    code: 'TOO_MANY_INPUTS',
    name: 'more branches than a merge takes',
    graph: graph(
      { in: IN, sum: ['add'], f: ['flatten'], out: ['output'] },
      ...Array.from({ length: 17 }, () => ['in', 'sum']),
      ['sum', 'f', 'out'],
    ),
    check: p => {
      expect(p.nodeId).toBe('sum');
      expect(p.message).toMatch(/at most 16 inputs but 17/);
      expect(p.hint).not.toMatch(/takes one input/);
    },
  },
  {
    code: 'MERGE_TOO_FEW_INPUTS',
    name: 'a merge with one branch',
    graph: graph({ in: IN, sum: ['add'], f: ['flatten'], out: ['output'] }, ['in', 'sum', 'f', 'out']),
    check: p => expect(p.nodeId).toBe('sum'),
  },
  {
    code: 'MERGE_SHAPE_MISMATCH',
    name: 'merged branches that differ, naming the axis',
    graph: graph(
      {
        in: IN,
        a: ['conv2d', { filters: 8 }],
        b: ['conv2d', { filters: 16 }],
        sum: ['add'],
        f: ['flatten'],
        out: ['output'],
      },
      ['in', 'a', 'sum', 'f', 'out'],
      ['in', 'b', 'sum'],
    ),
    check: p => {
      expect(p.nodeId).toBe('sum');
      expect(p.message).toMatch(/channels.*8.*16/);
    },
  },
  {
    code: 'NEEDS_FLAT',
    name: 'a Dense after a 4-D tensor',
    graph: graph({ in: IN, c: ['conv2d'], d: ['dense'], out: ['output'] }, ['in', 'c', 'd', 'out']),
    check: p => {
      expect(p.nodeId).toBe('d');
      expect(p.message).toContain('26×26×32');
      expect(p.hint).toMatch(/Flatten or GlobalAveragePooling2D/);
    },
  },
  {
    code: 'NEEDS_FLAT',
    name: 'the Output right after a conv',
    graph: graph({ in: IN, c: ['conv2d'], out: ['output'] }, ['in', 'c', 'out']),
    check: p => {
      expect(p.nodeId).toBe('out');
      expect(p.hint).toMatch(/Flatten/);
    },
  },
  {
    code: 'NEEDS_IMAGE',
    name: 'a conv after Flatten',
    graph: graph({ in: IN, f: ['flatten'], c: ['conv2d'], out: ['output'] }, ['in', 'f', 'c', 'out']),
    check: p => expect(p.nodeId).toBe('c'),
  },
  {
    code: 'WINDOW_TOO_LARGE',
    name: "a pool larger than its input under 'valid'",
    graph: graph(
      { in: ['input', { shape: [4, 4, 1] }], p: ['maxPooling2d', { poolSize: 5 }], f: ['flatten'], out: ['output'] },
      ['in', 'p', 'f', 'out'],
    ),
    check: p => {
      expect(p.message).toContain('4×4 input');
      expect(p.field).toBe('poolSize');
    },
  },
  {
    // SHAPE_EMPTY cannot be reached: the window check catches a shrinking chain the step before an axis would hit 0.
    code: 'WINDOW_TOO_LARGE',
    name: 'pooling until the output would reach 0',
    graph: graph(
      {
        in: ['input', { shape: [8, 8, 1] }],
        p1: ['maxPooling2d'],
        p2: ['maxPooling2d'],
        p3: ['maxPooling2d'],
        p4: ['maxPooling2d'],
        f: ['flatten'],
        out: ['output'],
      },
      ['in', 'p1', 'p2', 'p3', 'p4', 'f', 'out'],
    ),
    check: p => {
      expect(p.nodeId).toBe('p4');
      expect(p.message).toContain('1×1 input');
    },
  },
  {
    code: 'PARAM_RANGE',
    name: 'negative filters',
    graph: graph({ in: IN, c: ['conv2d', { filters: -3 }], f: ['flatten'], out: ['output'] }, ['in', 'c', 'f', 'out']),
    check: p => {
      expect(p.field).toBe('filters');
      expect(p.message).toMatch(/-3.*at least 1|-3.*from 1/);
    },
  },
  {
    code: 'PARAM_TYPE',
    name: 'a word where a number belongs',
    graph: graph({ in: IN, c: ['conv2d', { kernelSize: 'big' }], f: ['flatten'], out: ['output'] }, [
      'in',
      'c',
      'f',
      'out',
    ]),
    check: p => expect(p.field).toBe('kernelSize'),
  },
  {
    code: 'PARAM_UNKNOWN',
    name: 'a misspelt param, with a did-you-mean',
    graph: graph({ in: IN, c: ['conv2d', { filter: 8 }], f: ['flatten'], out: ['output'] }, ['in', 'c', 'f', 'out']),
    check: p => {
      expect(p.field).toBe('filter');
      expect(p.hint).toContain('Did you mean filters?');
    },
  },
  {
    code: 'UNKNOWN_KIND',
    name: 'a kind Convas does not have',
    graph: graph({ in: IN, c: ['conv3d'], f: ['flatten'], out: ['output'] }, ['in', 'c', 'f', 'out']),
    check: p => {
      expect(p.message).toContain('conv3d');
      expect(p.hint).toContain('conv2d');
    },
  },
  {
    code: 'OUTPUT_UNITS_MISMATCH',
    name: "output units that are not the dataset's class count",
    graph: graph({ in: IN, f: ['flatten'], out: ['output', { units: 5 }] }, ['in', 'f', 'out']),
    options: { dataset: mnist },
    check: p => {
      expect(p.field).toBe('units');
      expect(p.message).toMatch(/5.*10/);
    },
  },
  {
    code: 'OUTPUT_UNITS_UNKNOWN',
    name: "'auto' units without a dataset",
    graph: graph({ in: IN, f: ['flatten'], out: ['output'] }, ['in', 'f', 'out']),
  },
  {
    code: 'OUTPUT_TASK_MISMATCH',
    name: 'a classification Output on a regression dataset',
    graph: graph({ in: IN, f: ['flatten'], out: ['output'] }, ['in', 'f', 'out']),
    options: { dataset: { ...mnist, classNames: [], task: 'regression', targetNames: ['age'] } },
    check: p => {
      expect(p.nodeId).toBe('out');
      expect(p.field).toBe('task');
      expect(p.message).toMatch(/classification.*regression/);
    },
  },
  {
    code: 'INPUT_SHAPE_MISMATCH',
    name: "an input shape that is not the dataset's images",
    graph: graph({ in: ['input', { shape: [32, 32, 3] }], f: ['flatten'], out: ['output'] }, ['in', 'f', 'out']),
    options: { dataset: mnist },
    check: p => {
      expect(p.message).toContain('32×32×3');
      expect(p.message).toContain('28×28×1');
    },
  },
  {
    code: 'CROP_TOO_LARGE',
    name: 'a random crop larger than its input',
    graph: graph({ in: IN, crop: ['randomCrop', { height: 32, width: 24 }], f: ['flatten'], out: ['output'] }, [
      'in',
      'crop',
      'f',
      'out',
    ]),
    check: p => {
      expect(p.nodeId).toBe('crop');
      expect(p.field).toBe('height');
      expect(p.message).toContain('32×24 crop does not fit in its 28×28 input');
    },
  },
  {
    code: 'AUGMENTATION_PLACEMENT',
    name: 'augmentation after a conv',
    graph: graph({ in: IN, c: ['conv2d'], flip: ['randomFlip'], f: ['flatten'], out: ['output'] }, [
      'in',
      'c',
      'flip',
      'f',
      'out',
    ]),
    check: p => {
      expect(p.nodeId).toBe('flip');
      expect(p.message).toContain('after c (Conv 2D)');
    },
  },
  {
    code: 'UNREACHABLE',
    name: 'an Output not connected to the Input',
    graph: graph(
      { in: IN, f: ['flatten'], d: ['dense'], f2: ['flatten'], out: ['output'] },
      ['in', 'f', 'd'],
      ['f2', 'out'],
    ),
  },
];

/** Codes that belong to files, datasets, training, export or previews, not to checking a graph. */
const NOT_VALIDATION = /^(FILE_|DATASET_|TRAIN|WEIGHTS_|EXPORT_|IMPORT_|BUNDLE_|RUN_|UI_|INTERNAL|NOT_AUGMENTATION)/;
/** Cannot happen: windowOutput reports WINDOW_TOO_LARGE before any axis could reach 0 (see the case above). */
const UNREACHABLE_CODES: ErrorCode[] = ['SHAPE_EMPTY'];

describe('analyzeGraph reports each problem with its code', () => {
  it.each(CASES)('$code: $name', ({ code, graph: g, options, check }) => {
    const analysis = analyzeGraph(g, options);
    const found = analysis.problems.filter(p => p.code === code && p.severity === 'error');
    expect(found, JSON.stringify(analysis.problems, null, 1)).toHaveLength(1);
    expect(analysis.ok).toBe(false);
    for (const p of analysis.problems) {
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.hint.length).toBeGreaterThan(0);
    }
    check?.(found[0]!);
  });

  it('has a case for every validation code in the catalogue', () => {
    const validation = (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).filter(
      c => !NOT_VALIDATION.test(c) && !UNREACHABLE_CODES.includes(c),
    );
    const covered = new Set(CASES.map(c => c.code));
    expect(validation.filter(c => !covered.has(c))).toEqual([]);
  });
});

describe('analyzeGraph on whole graphs', () => {
  it('reports every problem at once: three problems give three', () => {
    const g = graph(
      {
        in: ['input', { shape: [32, 32, 3] }],
        c: ['conv2d', { filters: -1 }],
        f: ['flatten'],
        out: ['output'],
      },
      ['in', 'c', 'f', 'out'],
      ['ghost', 'f'],
    );
    const problems = analyzeGraph(g, { dataset: mnist }).problems;
    expect(problems.map(p => p.code).sort()).toEqual(['EDGE_DANGLING', 'INPUT_SHAPE_MISMATCH', 'PARAM_RANGE']);
  });

  it('an unknown param does not hide problems further down', () => {
    const g = graph({ in: IN, c: ['conv2d', { filtres: 8 }], f: ['flatten'], out: ['output', { units: 3 }] }, [
      'in',
      'c',
      'f',
      'out',
    ]);
    const analysis = analyzeGraph(g, { dataset: mnist });
    expect(analysis.problems.map(p => p.code).sort()).toEqual(['OUTPUT_UNITS_MISMATCH', 'PARAM_UNKNOWN']);
    expect(analysis.byId.get('c')?.shape).toEqual([26, 26, 32]);
  });

  it('a node off the path to the Output is a warning, not an error', () => {
    const g = graph({ in: IN, f: ['flatten'], out: ['output'], spare: ['dense'] }, ['in', 'f', 'out'], ['f', 'spare']);
    const analysis = analyzeGraph(g, { dataset: mnist });
    expect(analysis.problems.map(p => [p.code, p.severity, p.nodeId])).toEqual([['UNREACHABLE', 'warning', 'spare']]);
    expect(analysis.ok).toBe(true);
    expect(analysis.live.has('spare')).toBe(false);
  });

  it('infers shapes through a residual block', () => {
    const g = graph(
      {
        in: IN,
        c1: ['conv2d', { filters: 8, padding: 'same' }],
        bn: ['batchNormalization'],
        c2: ['conv2d', { filters: 8, padding: 'same', activation: 'linear' }],
        sum: ['add'],
        act: ['activation'],
        gap: ['globalAveragePooling2d'],
        out: ['output'],
      },
      ['in', 'c1', 'bn', 'c2', 'sum', 'act', 'gap', 'out'],
      ['c1', 'sum'],
    );
    const analysis = analyzeGraph(g, { dataset: mnist });
    expect(analysis.problems).toEqual([]);
    expect(analysis.byId.get('sum')?.shape).toEqual([28, 28, 8]);
    expect(analysis.byId.get('out')?.shape).toEqual([10]);
  });
});
