import { newProjectId } from '../../engine/core/project/identity';
import { CURRENT_VERSION, trainingSchema, type Project } from '../../engine/core/project/schema';

export const UNTITLED = 'Untitled';

/** A new project: its own id, one Input node sized for the builtin MNIST digits, default training settings. */
export const blankProject = (): Project => ({
  version: CURRENT_VERSION,
  id: newProjectId(),
  name: UNTITLED,
  nodes: [{ id: 'input', kind: 'input', params: { shape: [28, 28, 1] }, position: { x: 0, y: 0 } }],
  edges: [],
  dataset: { kind: 'builtin', name: 'mnist' },
  training: trainingSchema.parse({}),
});
