import { beforeEach, describe, expect, test } from 'vitest';
import { useApp } from '../../../renderer/store';
import { blankProject } from '../../../renderer/store/blankProject';
import { selectionWithin } from '../../../renderer/store/selectionSync';
import { graph } from '../../engine/core/graph/graphs';

const app = () => useApp.getState();
const history = () => useApp.temporal.getState();

beforeEach(() => app().loadProject(blankProject(), null));

describe('the selection after undo and redo', () => {
  test('a node an undo removes leaves the selection, and the undo adds no history step', () => {
    app().select(['input']);
    const conv = app().addLayer('conv2d', { x: 0, y: 140 }, 'input');
    expect(app().selectedNodeIds).toEqual([conv]);
    history().undo();
    expect(app().selectedNodeIds).toEqual([]);
    expect(history().pastStates).toHaveLength(0);
    expect(history().futureStates).toHaveLength(1);
    // A click on the Input now selects the Input alone (React Flow adds it to what the store has).
    app().select([...app().selectedNodeIds, 'input']);
    expect(app().selectedNodeIds).toEqual(['input']);
  });

  test('nodes that survive the undo stay selected; edges an undo removes leave the selection', () => {
    const conv = app().addLayer('conv2d', { x: 0, y: 140 });
    app().connectNodes('input', conv);
    app().select(['input', conv], [`input→${conv}`]);
    history().undo();
    expect(app().selectedNodeIds).toEqual(['input', conv]);
    expect(app().selectedEdgeIds).toEqual([]);
  });

  test('redo brings the node back without selecting a ghost; recorded edits keep their own selection', () => {
    const conv = app().addLayer('conv2d', { x: 0, y: 140 }, 'input');
    history().undo();
    history().redo();
    expect(app().nodes.map(n => n.id)).toEqual(['input', conv]);
    expect(app().selectedNodeIds).toEqual([]);
    app().select([conv]);
    app().deleteElements([conv], []);
    expect(app().selectedNodeIds).toEqual([]);
    expect(history().pastStates).toHaveLength(2);
  });
});

test('selectionWithin leaves out ids the graph does not have, and is null when nothing goes', () => {
  const g = graph({ a: ['input'], b: ['conv2d'] }, ['a', 'b']);
  expect(selectionWithin(g, { selectedNodeIds: ['a', 'x'], selectedEdgeIds: ['a→b', 'b→x'] })).toEqual({
    selectedNodeIds: ['a'],
    selectedEdgeIds: ['a→b'],
  });
  expect(selectionWithin(g, { selectedNodeIds: ['b'], selectedEdgeIds: [] })).toBeNull();
});
