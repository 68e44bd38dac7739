import { expect, test } from 'vitest';
import { LAYER_KINDS } from '../../../engine/core/layers';
import { paletteGroups } from '../../../renderer/editor/paletteSearch';

const kinds = (q: string) => paletteGroups(q).flatMap(g => g.items.map(i => i.kind));

test('an empty search lists every layer once, grouped by category in registry order', () => {
  const groups = paletteGroups('');
  expect(groups.flatMap(g => g.items.map(i => i.kind)).sort()).toEqual([...LAYER_KINDS].sort());
  expect(groups[0]!.category).toBe('input');
  expect(groups.at(-1)!.category).toBe('output');
});

test('search matches labels, kinds, categories and descriptions', () => {
  expect(kinds('conv')).toEqual(expect.arrayContaining(['conv2d', 'depthwiseConv2d', 'separableConv2d']));
  expect(kinds('max pool')).toEqual(['maxPooling2d', 'globalMaxPooling2d']);
  expect(kinds('merge')).toEqual(['add', 'concatenate']);
  expect(kinds('residual')).toEqual(['add']);
  expect(kinds('zzz')).toEqual([]);
});

test('label prefix matches rank before description matches inside a group', () => {
  const conv = paletteGroups('conv').find(g => g.category === 'convolution')!;
  expect(conv.items[0]!.kind).toBe('conv2d');
});
