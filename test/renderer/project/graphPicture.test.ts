import { expect, test } from 'vitest';
import { graphPicture } from '../../../renderer/project/graphPicture';
import { graph } from '../../engine/core/graph/graphs';

test('a template picture turns the graph left to right with one line per edge', () => {
  const g = graph({ a: ['input'], b: ['conv2d'], c: ['output'] }, ['a', 'b', 'c'], ['a', 'ghost']);
  g.nodes.forEach((n, i) => {
    n.position = { x: 0, y: i * 110 };
  });
  const p = graphPicture(g);
  expect(p.boxes.map(b => b.x)).toEqual([0, 110, 220]);
  expect(new Set(p.boxes.map(b => b.y)).size).toBe(1);
  expect(p.lines).toHaveLength(2);
  expect(p.boxes[1]!.color).not.toBe(p.boxes[0]!.color);
  expect(p.viewBox.split(' ').map(Number).every(Number.isFinite)).toBe(true);
});
