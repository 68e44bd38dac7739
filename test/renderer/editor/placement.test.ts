import { expect, test } from 'vitest';
import { placementBelow } from '../../../renderer/editor/placement';
import { ROW_STEP } from '../../../renderer/editor/nodeSize';
import { graph } from '../../engine/core/graph/graphs';

test('a new node goes under its anchor, stepping sideways past nodes already there', () => {
  const g = graph({ a: ['input'], b: ['conv2d'] }, ['a', 'b']);
  g.nodes[1]!.position = { x: 0, y: ROW_STEP };
  expect(placementBelow(g, 'b')).toEqual({ x: 0, y: 2 * ROW_STEP });
  expect(placementBelow(g, 'a').x).toBeGreaterThan(200);
});

test('without an anchor it goes under the lowest node, or at the origin', () => {
  const g = graph({ a: ['input'] });
  g.nodes[0]!.position = { x: 30, y: 60 };
  expect(placementBelow(g, undefined)).toEqual({ x: 30, y: 60 + ROW_STEP });
  expect(placementBelow({ nodes: [], edges: [] }, undefined)).toEqual({ x: 0, y: 0 });
});
