import { beforeEach, describe, expect, test } from 'vitest';
import { useApp } from '../../../renderer/store';
import { blankProject } from '../../../renderer/store/blankProject';
import { selectDirty, selectProject } from '../../../renderer/store/projectSelectors';

const app = () => useApp.getState();
const history = () => useApp.temporal.getState();
const ids = () => app().nodes.map(n => n.id);

beforeEach(() => app().loadProject(blankProject(), null));

describe('undo history', () => {
  test('each edit is one step; undo and redo walk them', () => {
    const conv = app().addLayer('conv2d', { x: 0, y: 140 }, 'input');
    app().setNodeParam(conv, 'filters', 8);
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect(app().nodes[1]!.params).toEqual({});
    history().undo();
    expect(ids()).toEqual(['input']);
    history().redo();
    expect(ids()).toEqual(['input', 'conv1']);
    expect(app().edges).toEqual([{ source: 'input', target: 'conv1' }]);
  });

  test('selection, panels and training settings do not enter the history', () => {
    app().select(['input']);
    app().setSidebarTab('summary');
    app().setTraining({ epochs: 2 });
    app().showNotice({ tone: 'info', title: 'x' });
    expect(history().pastStates).toHaveLength(0);
  });

  test('a drag of many frames is one step back to where it started', () => {
    app().beginDrag();
    for (let i = 1; i <= 20; i++) app().dragNodes(new Map([['input', { x: i, y: i }]]));
    app().endDrag();
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(app().nodes[0]!.position).toEqual({ x: 0, y: 0 });
    history().redo();
    expect(app().nodes[0]!.position).toEqual({ x: 20, y: 20 });
  });

  test('typing into one field is one step', () => {
    app().setNodeParam('input', 'shape', [3, 28, 1]);
    app().setNodeParam('input', 'shape', [32, 28, 1]);
    expect(history().pastStates).toHaveLength(1);
    app().setNodeParam('input', 'shape', [32, 32, 1]);
    expect(history().pastStates).toHaveLength(1);
  });

  test('loading a project clears the history', () => {
    app().addLayer('dense', { x: 0, y: 0 });
    app().loadProject(blankProject(), '/tmp/x.convas.json');
    expect(history().pastStates).toHaveLength(0);
  });
});

describe('clipboard', () => {
  test('paste adds copies under new ids with their internal edges, offset, selected', () => {
    app().addLayer('conv2d', { x: 0, y: 140 }, 'input');
    app().addLayer('maxPooling2d', { x: 0, y: 280 }, 'conv1');
    app().select(['conv1', 'pool1']);
    app().copySelection();
    app().pasteClipboard();
    expect(ids()).toEqual(['input', 'conv1', 'pool1', 'conv2', 'pool2']);
    expect(app().edges).toContainEqual({ source: 'conv2', target: 'pool2' });
    expect(app().edges).not.toContainEqual({ source: 'input', target: 'conv2' });
    expect(app().nodes[3]!.position).toEqual({ x: 40, y: 180 });
    expect(app().selectedNodeIds).toEqual(['conv2', 'pool2']);
    app().pasteClipboard();
    expect(app().nodes[5]!.position).toEqual({ x: 80, y: 220 });
  });

  test('duplicate copies the selection without touching the clipboard', () => {
    const before = app().clipboard;
    app().select(['input']);
    app().duplicateSelection();
    expect(ids()).toEqual(['input', 'input1']);
    expect(app().clipboard).toBe(before);
  });
});

describe('dirty state', () => {
  test('edits make the project dirty; undoing back to the saved state makes it clean', () => {
    expect(selectDirty(app())).toBe(false);
    app().addLayer('flatten', { x: 0, y: 0 });
    expect(selectDirty(app())).toBe(true);
    history().undo();
    expect(selectDirty(app())).toBe(false);
  });

  test('markSaved records the snapshot that was written, not later edits', () => {
    app().addLayer('flatten', { x: 0, y: 0 });
    const s = app();
    const snapshot = { nodes: s.nodes, edges: s.edges, meta: s.meta };
    app().addLayer('dense', { x: 0, y: 0 });
    app().markSaved('/tmp/a.convas.json', snapshot);
    expect(selectDirty(app())).toBe(true);
    expect(app().filePath).toBe('/tmp/a.convas.json');
    expect(selectProject(app()).nodes).toHaveLength(3);
  });
});

test('deleting nodes drops them from the selection; renaming follows it', () => {
  app().addLayer('conv2d', { x: 0, y: 0 }, 'input');
  app().select(['input', 'conv1']);
  app().renameNode('conv1', 'stem');
  expect(app().selectedNodeIds).toEqual(['input', 'stem']);
  app().deleteElements(['input'], []);
  expect(app().selectedNodeIds).toEqual(['stem']);
  expect(app().edges).toEqual([]);
});
