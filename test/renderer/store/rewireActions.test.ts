import { beforeEach, describe, expect, test } from 'vitest';
import { useApp } from '../../../renderer/store';
import { blankProject } from '../../../renderer/store/blankProject';

const app = () => useApp.getState();
const history = () => useApp.temporal.getState();
const edges = () => app().edges.map(e => `${e.source}→${e.target}`);

beforeEach(() => app().loadProject(blankProject(), null));

describe('addLayerBelow', () => {
  test('below a node with one successor it inserts into that edge, as one undo step', () => {
    const conv = app().addLayerBelow('conv2d', 'input');
    const flip = app().addLayerBelow('randomFlip', 'input');
    expect(edges()).toEqual([`input→${flip}`, `${flip}→${conv}`]);
    expect(app().selectedNodeIds).toEqual([flip]);
    const y = (id: string) => app().nodes.find(n => n.id === id)!.position.y;
    expect(y(flip)).toBeLessThan(y(conv));
    history().undo();
    expect(edges()).toEqual([`input→${conv}`]);
    expect(app().nodes.map(n => n.id)).toEqual(['input', conv]);
  });
  test('below a node without successors it feeds the new node; without an anchor it only adds', () => {
    const conv = app().addLayerBelow('conv2d', 'input');
    const out = app().addLayerBelow('output', conv);
    const loose = app().addLayerBelow('dense', undefined);
    expect(edges()).toEqual([`input→${conv}`, `${conv}→${out}`]);
    expect(app().nodes.map(n => n.id)).toContain(loose);
  });
  test('an Output is not wired into an edge: it feeds nothing, so it starts a branch', () => {
    const conv = app().addLayerBelow('conv2d', 'input');
    const out = app().addLayerBelow('output', 'input');
    expect(edges()).toEqual([`input→${conv}`, `input→${out}`]);
  });
});

describe('deleteAndReconnect', () => {
  test('joins the neighbours, clears the selection, and one undo restores it all', () => {
    const flip = app().addLayerBelow('randomFlip', 'input');
    const conv = app().addLayerBelow('conv2d', flip);
    app().select([flip]);
    app().deleteAndReconnect([flip]);
    expect(edges()).toEqual([`input→${conv}`]);
    expect(app().selectedNodeIds).toEqual([]);
    history().undo();
    expect(edges()).toEqual([`input→${flip}`, `${flip}→${conv}`]);
  });
  test('two selected nodes in a row are both taken out of the chain', () => {
    const a = app().addLayerBelow('randomFlip', 'input');
    const b = app().addLayerBelow('randomRotation', a);
    const conv = app().addLayerBelow('conv2d', b);
    app().deleteAndReconnect([a, b]);
    expect(edges()).toEqual([`input→${conv}`]);
    expect(history().pastStates).toHaveLength(4);
  });
  test('says why when the shapes keep the neighbours apart', () => {
    const conv = app().addLayerBelow('conv2d', 'input');
    const flat = app().addLayerBelow('flatten', conv);
    const fc = app().addLayerBelow('dense', flat);
    app().dismissNotice();
    app().deleteAndReconnect([flat]);
    expect(edges()).toEqual([`input→${conv}`]);
    expect(app().notice).toMatchObject({ tone: 'info', title: 'Deleted without reconnecting the neighbours' });
    expect(app().notice?.detail).toMatch(new RegExp(`^${fc} \\(Dense\\): expects a flat vector`));
  });
});
