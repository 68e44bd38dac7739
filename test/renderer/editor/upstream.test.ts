import { describe, expect, it } from 'vitest';
import { upstreamIds, upstreamSignature } from '../../../renderer/editor/inspector/upstream';

const node = (id: string, kind = 'conv2d', params: Record<string, unknown> = {}) => ({
  id,
  kind,
  params,
  position: { x: 0, y: 0 },
});
const nodes = [
  node('input', 'input'),
  node('flip', 'randomFlip'),
  node('rot', 'randomRotation', { factor: 0.1 }),
  node('conv1'),
];
const edges = [
  { source: 'input', target: 'flip' },
  { source: 'flip', target: 'rot' },
  { source: 'rot', target: 'conv1' },
];

describe('what an augmentation preview depends on', () => {
  it('is the node and its ancestors', () => {
    expect([...upstreamIds(edges, 'rot')].sort()).toEqual(['flip', 'input', 'rot']);
    expect([...upstreamIds(edges, 'input')]).toEqual(['input']);
  });

  it('changes with an upstream param, not with a later layer or a position', () => {
    const before = upstreamSignature(nodes, edges, 'flip');
    expect(
      upstreamSignature(
        nodes.map(n => (n.id === 'conv1' ? node('conv1', 'conv2d', { filters: 3 }) : n)),
        edges,
        'flip',
      ),
    ).toBe(before);
    expect(
      upstreamSignature(
        nodes.map(n => ({ ...n, position: { x: 5, y: 9 } })),
        edges,
        'flip',
      ),
    ).toBe(before);
    expect(
      upstreamSignature(
        nodes.map(n => (n.id === 'input' ? node('input', 'input', { shape: [32, 32, 3] }) : n)),
        edges,
        'flip',
      ),
    ).not.toBe(before);
    expect(upstreamSignature(nodes, edges, 'rot')).not.toBe(
      upstreamSignature(
        nodes.map(n => (n.id === 'rot' ? node('rot', 'randomRotation', { factor: 0.3 }) : n)),
        edges,
        'rot',
      ),
    );
  });
});
