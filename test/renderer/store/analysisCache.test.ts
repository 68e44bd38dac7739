import { expect, test } from 'vitest';
import { analysisDataset, createAnalysisCache } from '../../../renderer/store/analysisCache';
import { moveNodes, setParam } from '../../../renderer/store/graphOps';
import { graph } from '../../engine/core/graph/graphs';

const lenetish = () =>
  graph({ in: ['input'], c: ['conv2d', { filters: 6, kernelSize: 5 }], f: ['flatten'], out: ['output'] }, [
    'in',
    'c',
    'f',
    'out',
  ]);
const mnist = analysisDataset({ kind: 'builtin', name: 'mnist' }, null);

test('the same graph up to positions gives the same analysis object', () => {
  const analyse = createAnalysisCache();
  const g = lenetish();
  const first = analyse(g.nodes, g.edges, mnist);
  expect(first.byId.get('out')?.shape).toEqual([10]);
  const moved = moveNodes(g, new Map([['c', { x: 50, y: 50 }]]));
  expect(analyse(moved.nodes, moved.edges, mnist)).toBe(first);
});

test('a param edit gives a new analysis with the new shapes', () => {
  const analyse = createAnalysisCache();
  const g = lenetish();
  analyse(g.nodes, g.edges, mnist);
  const edited = setParam(g, 'c', 'filters', 8);
  expect(analyse(edited.nodes, edited.edges, mnist).byId.get('c')?.shape).toEqual([24, 24, 8]);
});

test('IDX datasets count only once the host has read them', () => {
  const spec = { kind: 'idx' as const, trainImages: 'a', trainLabels: 'b' };
  expect(analysisDataset(spec, null)).toBeUndefined();
  const info = { name: 'x', imageShape: [8, 8, 1] as [number, number, number], classNames: ['a', 'b'] };
  expect(analysisDataset(spec, { key: JSON.stringify(spec), info })).toBe(info);
  expect(analysisDataset(spec, { key: 'other', info })).toBeUndefined();
});
