import { expect, test } from 'vitest';
import { copyNodes, pasteClip } from '../../../renderer/editor/clipboard';
import { graph } from '../../engine/core/graph/graphs';

const g = () =>
  graph({ input: ['input'], conv1: ['conv2d', { filters: 8 }], pool1: ['maxPooling2d'] }, ['input', 'conv1', 'pool1']);

test('copy keeps only edges inside the selection', () => {
  const clip = copyNodes(g(), ['conv1', 'pool1'])!;
  expect(clip.nodes.map(n => n.id)).toEqual(['conv1', 'pool1']);
  expect(clip.edges).toEqual([{ source: 'conv1', target: 'pool1' }]);
  expect(copyNodes(g(), ['nothing'])).toBeNull();
});

test('paste renames, offsets and deep-copies params', () => {
  const base = g();
  const clip = copyNodes(base, ['conv1', 'pool1'])!;
  const { graph: pasted, ids } = pasteClip(base, clip, { x: 40, y: 40 });
  expect(ids).toEqual(['conv2', 'pool2']);
  expect(pasted.edges.at(-1)).toEqual({ source: 'conv2', target: 'pool2' });
  const copy = pasted.nodes.find(n => n.id === 'conv2')!;
  expect(copy.position).toEqual({ x: 40, y: 40 });
  expect(copy.params).toEqual({ filters: 8 });
  expect(copy.params).not.toBe(base.nodes[1]!.params);
});
