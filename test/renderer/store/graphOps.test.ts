import { describe, expect, test } from 'vitest';
import {
  connect,
  connectionRefusal,
  edgeKey,
  moveNodes,
  removeElements,
  renameNode,
  setParam,
} from '../../../renderer/store/graphOps';
import { graph } from '../../engine/core/graph/graphs';

const chain = () => graph({ in: ['input'], c: ['conv2d'], f: ['flatten'], out: ['output'] }, ['in', 'c', 'f', 'out']);

describe('connectionRefusal', () => {
  test('refuses self-loops, duplicates, cycles and edges into an Input', () => {
    const g = chain();
    expect(connectionRefusal(g, 'c', 'c')).toMatch(/itself/);
    expect(connectionRefusal(g, 'in', 'c')).toMatch(/already/);
    expect(connectionRefusal(g, 'f', 'c')).toMatch(/loop/);
    expect(connectionRefusal(g, 'c', 'in')).toMatch(/no inputs/);
    expect(connectionRefusal(g, 'ghost', 'c')).toMatch(/nodes/);
  });
  test('refuses an input beyond what the target takes: a second one into a single-input layer', () => {
    const g = chain();
    expect(connectionRefusal(g, 'in', 'f')).toBe(
      'Flatten takes one input, and f already has one (from c). Delete that edge first, or merge with Add or Concatenate.',
    );
    expect(connect(g, 'in', 'f')).toBe(g);
    const merge = graph(
      { a: ['input'], b: ['conv2d'], c: ['conv2d'], sum: ['add', {}] },
      ['a', 'b', 'sum'],
      ['a', 'c', 'sum'],
    );
    expect(connectionRefusal(merge, 'a', 'sum')).toBeNull();
  });
  test('allows a new forward edge into a free input', () => {
    const g = graph({ in: ['input'], c: ['conv2d'], f: ['flatten'] }, ['in', 'c']);
    expect(connectionRefusal(g, 'c', 'f')).toBeNull();
    expect(connect(g, 'c', 'f').edges).toHaveLength(2);
    expect(connect(g, 'f', 'c')).toBe(g);
  });
});

test('removeElements drops nodes with their edges, and edges by key', () => {
  const g = chain();
  const a = removeElements(g, ['c']);
  expect(a.nodes.map(n => n.id)).toEqual(['in', 'f', 'out']);
  expect(a.edges).toEqual([{ source: 'f', target: 'out' }]);
  const b = removeElements(g, [], [edgeKey({ source: 'f', target: 'out' })]);
  expect(b.edges).toHaveLength(2);
});

test('renameNode rewires edges and refuses taken ids', () => {
  const g = chain();
  const r = renameNode(g, 'c', 'conv1');
  expect(r.nodes[1]!.id).toBe('conv1');
  expect(r.edges.slice(0, 2)).toEqual([
    { source: 'in', target: 'conv1' },
    { source: 'conv1', target: 'f' },
  ]);
  expect(renameNode(g, 'c', 'f')).toBe(g);
});

test('setParam sets and clears one raw param without touching other nodes', () => {
  const g = chain();
  const s = setParam(g, 'c', 'filters', 8);
  expect(s.nodes[1]!.params).toEqual({ filters: 8 });
  expect(s.nodes[0]).toBe(g.nodes[0]);
  expect(setParam(s, 'c', 'filters', undefined).nodes[1]!.params).toEqual({});
});

test('moveNodes keeps the objects of nodes that did not move', () => {
  const g = chain();
  const m = moveNodes(
    g,
    new Map([
      ['f', { x: 5, y: 6 }],
      ['in', { x: 0, y: 0 }],
    ]),
  );
  expect(m.nodes[2]!.position).toEqual({ x: 5, y: 6 });
  expect(m.nodes[0]).toBe(g.nodes[0]);
  expect(m.edges).toBe(g.edges);
});
