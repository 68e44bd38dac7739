/** Freezing a node in the editor: the graph op and the analysis the canvas badge and the inspector read. */
import { expect, test } from 'vitest';
import { analysisDataset, createAnalysisCache } from '../../../renderer/store/analysisCache';
import { setTrainable } from '../../../renderer/store/graphOps';
import { graph } from '../../engine/core/graph/graphs';

const lenetish = () =>
  graph({ in: ['input'], c: ['conv2d', { filters: 6, kernelSize: 5 }], f: ['flatten'], out: ['output'] }, [
    'in',
    'c',
    'f',
    'out',
  ]);
const mnist = analysisDataset({ kind: 'builtin', name: 'mnist' }, null);

test('setTrainable writes trainable: false only while frozen', () => {
  const frozen = setTrainable(lenetish(), 'c', false);
  expect(frozen.nodes.find(n => n.id === 'c')).toMatchObject({ trainable: false });
  const thawed = setTrainable(frozen, 'c', true);
  expect(Object.keys(thawed.nodes.find(n => n.id === 'c')!)).not.toContain('trainable');
  expect(thawed.nodes.find(n => n.id === 'in')).toBe(frozen.nodes.find(n => n.id === 'in'));
});

test('freezing a node gives a new analysis that marks it, so the canvas shows the badge', () => {
  const analyse = createAnalysisCache();
  const g = lenetish();
  const before = analyse(g.nodes, g.edges, mnist);
  expect(before.byId.get('c')?.trainable).toBeUndefined();
  const frozen = setTrainable(g, 'c', false);
  const after = analyse(frozen.nodes, frozen.edges, mnist);
  expect(after).not.toBe(before);
  expect(after.byId.get('c')?.trainable).toBe(false);
  expect(after.byId.get('c')?.shape).toEqual(before.byId.get('c')?.shape);
});
