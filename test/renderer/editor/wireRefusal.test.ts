import { expect, test } from 'vitest';
import { refusalOfWire } from '../../../renderer/editor/wireRefusal';
import { graph } from '../../engine/core/graph/graphs';

const g = graph({ in: ['input'], f: ['randomFlip'], c: ['conv2d'], c2: ['conv2d'] }, ['in', 'f', 'c']);

test('a wire is judged from output to input, whichever end it was dragged from', () => {
  expect(refusalOfWire(g, { nodeId: 'c', type: 'source' }, { nodeId: 'f', type: 'target' })).toMatch(/loop/);
  expect(refusalOfWire(g, { nodeId: 'f', type: 'target' }, { nodeId: 'c', type: 'source' })).toMatch(/loop/);
  expect(refusalOfWire(g, { nodeId: 'c2', type: 'source' }, { nodeId: 'c', type: 'target' })).toMatch(
    /^Conv 2D takes one input, and c already has one \(from f\)/,
  );
  expect(refusalOfWire(g, { nodeId: 'c', type: 'source' }, { nodeId: 'c2', type: 'target' })).toBeNull();
});

test('output to output is refused with what to do; a wire let go on no handle is no refusal', () => {
  expect(refusalOfWire(g, { nodeId: 'c', type: 'source' }, { nodeId: 'c2', type: 'source' })).toMatch(
    /Connect an output/,
  );
  expect(refusalOfWire(g, { nodeId: 'c', type: 'source' }, null)).toBeNull();
});
