import { expect, test } from 'vitest';
import { layeredPositions } from '../../../renderer/editor/layout';

const size = { width: 208, height: 76 };

test('elk lays a residual block out top to bottom without overlaps, anchored where the drawing was', async () => {
  const nodes = ['in', 'a', 'b', 'add', 'out'].map((id, i) => ({
    id,
    ...size,
    position: { x: 100 + i * 7, y: 50 + i },
  }));
  const edges = [
    ['in', 'a'],
    ['a', 'b'],
    ['b', 'add'],
    ['in', 'add'],
    ['add', 'out'],
  ].map(([source, target]) => ({ source: source!, target: target! }));
  const at = await layeredPositions(nodes, [...edges, { source: 'in', target: 'ghost' }]);
  expect(at.size).toBe(5);
  const y = (id: string) => at.get(id)!.y;
  expect(y('in')).toBeLessThan(y('a'));
  expect(y('a')).toBeLessThan(y('b'));
  expect(y('b')).toBeLessThan(y('add'));
  expect(y('add')).toBeLessThan(y('out'));
  expect(Math.min(...[...at.values()].map(p => p.x))).toBe(100);
  expect(Math.min(...[...at.values()].map(p => p.y))).toBe(50);
  const boxes = [...at.values()];
  for (const p of boxes)
    for (const q of boxes) {
      if (p === q) continue;
      expect(Math.abs(p.x - q.x) >= size.width || Math.abs(p.y - q.y) >= size.height).toBe(true);
    }
});
