import { describe, expect, test } from 'vitest';
import type { Graph, ProjectNode } from '../../../engine/core/project/schema';
import { deleteAndReconnect, edgeToInsertInto, insertIntoEdge } from '../../../renderer/store/graphRewire';
import { graph } from '../../engine/core/graph/graphs';

const at = (g: Graph, positions: Record<string, number>): Graph => ({
  ...g,
  nodes: g.nodes.map(n => ({ ...n, position: { x: 0, y: positions[n.id] ?? 0 } })),
});
const flip: ProjectNode = { id: 'flip1', kind: 'randomFlip', params: {}, position: { x: 0, y: 140 } };

describe('edgeToInsertInto', () => {
  const g = graph({ in: ['input'], c: ['conv2d'], p: ['maxPooling2d'], d: ['dense'] }, ['in', 'c', 'p'], ['c', 'd']);
  test("is the anchor's only outgoing edge", () => {
    expect(edgeToInsertInto(g, 'in', 'randomFlip')).toEqual({ source: 'in', target: 'c' });
  });
  test('is none when the anchor has no successor or several (a new branch then)', () => {
    expect(edgeToInsertInto(g, 'p', 'dense')).toBeNull();
    expect(edgeToInsertInto(g, 'c', 'dense')).toBeNull();
  });
  test('is none for kinds that cannot stand between two nodes', () => {
    expect(edgeToInsertInto(g, 'in', 'output')).toBeNull();
    expect(edgeToInsertInto(g, 'in', 'input')).toBeNull();
    expect(edgeToInsertInto(g, 'in', 'noSuchKind')).toBeNull();
  });
});

describe('insertIntoEdge', () => {
  test('wires source → new → target and moves the target and what follows it down to make room', () => {
    const g = at(graph({ in: ['input'], c: ['conv2d'], p: ['maxPooling2d'], side: ['dense'] }, ['in', 'c', 'p']), {
      c: 140,
      p: 280,
      side: 140,
    });
    const next = insertIntoEdge(g, flip, g.edges[0]!, 140);
    expect(next.edges).toEqual([
      { source: 'in', target: 'flip1' },
      { source: 'flip1', target: 'c' },
      { source: 'c', target: 'p' },
    ]);
    expect(Object.fromEntries(next.nodes.map(n => [n.id, n.position.y]))).toEqual({
      in: 0,
      c: 280,
      p: 420,
      side: 140,
      flip1: 140,
    });
    expect(next.nodes[0]).toBe(g.nodes[0]);
    expect(g.edges).toHaveLength(2);
  });
  test('moves nothing when there is room already', () => {
    const g = at(graph({ in: ['input'], c: ['conv2d'] }, ['in', 'c']), { c: 400 });
    expect(insertIntoEdge(g, flip, g.edges[0]!, 140).nodes.slice(0, 2)).toEqual(g.nodes);
  });
  test("keeps the target's input order (it matters to Concatenate)", () => {
    const g = graph({ a: ['conv2d'], b: ['conv2d'], cat: ['concatenate'] }, ['a', 'cat'], ['b', 'cat']);
    const next = insertIntoEdge(g, flip, g.edges[0]!, 140);
    expect(next.edges.filter(e => e.target === 'cat').map(e => e.source)).toEqual(['flip1', 'b']);
  });
});

describe('deleteAndReconnect', () => {
  test('joins the one input to every successor', () => {
    const g = graph(
      { in: ['input'], f: ['randomFlip'], c: ['conv2d'], p: ['maxPooling2d'] },
      ['in', 'f', 'c'],
      ['f', 'p'],
    );
    const { graph: next, notJoined } = deleteAndReconnect(g, 'f');
    expect(notJoined).toBeNull();
    expect(next.nodes.map(n => n.id)).toEqual(['in', 'c', 'p']);
    expect(next.edges).toEqual([
      { source: 'in', target: 'c' },
      { source: 'in', target: 'p' },
    ]);
  });
  test('does not duplicate an edge the input already has to a successor', () => {
    const g = graph(
      { in: ['input'], c: ['conv2d'], a: ['conv2d'], sum: ['add'] },
      ['in', 'c', 'a', 'sum'],
      ['c', 'sum'],
    );
    expect(deleteAndReconnect(g, 'a').graph.edges).toEqual([
      { source: 'in', target: 'c' },
      { source: 'c', target: 'sum' },
    ]);
  });
  test('leaves the neighbours apart, and says why, when the shapes do not allow joining them', () => {
    const g = graph({ in: ['input'], c: ['conv2d'], f: ['flatten'], d: ['dense'] }, ['in', 'c', 'f', 'd']);
    const { graph: next, notJoined } = deleteAndReconnect(g, 'f');
    expect(next.edges).toEqual([{ source: 'in', target: 'c' }]);
    expect(notJoined).toMatch(/^d \(Dense\): expects a flat vector/);
  });
  test('an error the successor had before does not stop the join', () => {
    const g = graph({ in: ['input'], f: ['randomFlip'], d: ['dense'] }, ['in', 'f', 'd']);
    expect(deleteAndReconnect(g, 'f')).toEqual({
      graph: graph({ in: ['input'], d: ['dense'] }, ['in', 'd']),
      notJoined: null,
    });
  });
  test('leaves the neighbours apart when the node had several inputs or none', () => {
    const merge = graph(
      { in: ['input'], a: ['conv2d'], b: ['conv2d'], sum: ['add'], c: ['conv2d'] },
      ['in', 'a', 'sum', 'c'],
      ['in', 'b', 'sum'],
    );
    const many = deleteAndReconnect(merge, 'sum');
    expect(many.graph.edges.some(e => e.target === 'c')).toBe(false);
    expect(many.notJoined).toMatch(/sum had 2 inputs/);
    expect(deleteAndReconnect(merge, 'in').notJoined).toMatch(/in had no input/);
  });
  test('a node without successors is simply deleted', () => {
    const g = graph({ in: ['input'], c: ['conv2d'] }, ['in', 'c']);
    expect(deleteAndReconnect(g, 'c')).toEqual({ graph: graph({ in: ['input'] }), notJoined: null });
  });
});
