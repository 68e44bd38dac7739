import { expect, test } from 'vitest';
import { createFlowEdgeMapper, createFlowNodeMapper } from '../../../renderer/editor/flowElements';
import { moveNodes } from '../../../renderer/store/graphOps';
import { graph } from '../../engine/core/graph/graphs';

test('flow nodes are reused unless their node, selection or size changed', () => {
  const toFlow = createFlowNodeMapper();
  const g = graph({ a: ['input'], b: ['conv2d'] }, ['a', 'b']);
  const sizes = {};
  const first = toFlow(g.nodes, [], sizes);
  expect(first[1]).toMatchObject({
    id: 'b',
    type: 'layer',
    data: { kind: 'conv2d', params: {} },
    ariaLabel: 'Conv 2D b',
    selected: false,
  });
  const moved = moveNodes(g, new Map([['b', { x: 9, y: 9 }]]));
  const second = toFlow(moved.nodes, [], sizes);
  expect(second[0]).toBe(first[0]);
  expect(second[1]).not.toBe(first[1]);
  const selected = toFlow(moved.nodes, ['a'], sizes);
  expect(selected[0]!.selected).toBe(true);
  expect(selected[1]).toBe(second[1]);
  const measured = toFlow(moved.nodes, ['a'], { b: { width: 208, height: 80 } });
  expect(measured[1]!.measured).toEqual({ width: 208, height: 80 });
});

test('flow edges carry a stable id from their ends', () => {
  const toEdges = createFlowEdgeMapper();
  const edges = [{ source: 'a', target: 'b' }];
  const [edge] = toEdges(edges, []);
  expect(edge).toMatchObject({ id: 'a→b', type: 'shape', source: 'a', target: 'b' });
  expect(toEdges(edges, [])[0]).toBe(edge);
  expect(toEdges(edges, ['a→b'])[0]!.selected).toBe(true);
});
