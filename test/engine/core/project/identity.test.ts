import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivedProjectId, graphHash, newProjectId } from '../../../../engine/core/project/identity';
import { parseProject } from '../../../../engine/core/project/parse';
import { projectIdSchema } from '../../../../engine/core/project/schema';

const lenet = parseProject(
  JSON.parse(readFileSync(new URL('../../../../templates/lenet5-mnist.convas.json', import.meta.url), 'utf8')),
);
const v1 = {
  version: 1,
  name: 'old',
  nodes: lenet.nodes,
  edges: lenet.edges,
  dataset: { kind: 'builtin', name: 'mnist' },
};

describe('project ids', () => {
  it('a new id is a UUID v4, valid in a project file, and new every time', () => {
    const ids = new Set(Array.from({ length: 100 }, newProjectId));
    expect(ids.size).toBe(100);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(projectIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('a version-1 file gets the same id on every load, and another file another id', () => {
    const first = parseProject(structuredClone(v1));
    expect(first.version).toBe(2);
    expect(parseProject(structuredClone(v1)).id).toBe(first.id);
    expect(first.id).toBe(derivedProjectId(v1));
    // Key order does not matter; content does.
    expect(parseProject({ dataset: v1.dataset, edges: v1.edges, nodes: v1.nodes, name: 'old', version: 1 }).id).toBe(
      first.id,
    );
    expect(parseProject({ ...structuredClone(v1), name: 'other' }).id).not.toBe(first.id);
  });

  it('keeps an id a version-1 file already has, and refuses ids that are not path-safe', () => {
    expect(parseProject({ ...structuredClone(v1), id: 'my-project_1' }).id).toBe('my-project_1');
    expect(() => parseProject({ ...structuredClone(v1), id: '../etc' })).toThrow(/id/);
  });
});

describe('graphHash', () => {
  it('ignores positions and node order, and sees params, kinds, freezing and edges', () => {
    const h = graphHash(lenet);
    expect(h).toMatch(/^[0-9a-f]{32}$/);
    expect(
      graphHash({ ...lenet, nodes: [...lenet.nodes].reverse().map(n => ({ ...n, position: { x: 5, y: 9 } })) }),
    ).toBe(h);
    const withParam = lenet.nodes.map(n => (n.id === 'conv1' ? { ...n, params: { ...n.params, filters: 7 } } : n));
    expect(graphHash({ ...lenet, nodes: withParam })).not.toBe(h);
    const frozen = lenet.nodes.map(n => (n.id === 'conv1' ? { ...n, trainable: false } : n));
    expect(graphHash({ ...lenet, nodes: frozen })).not.toBe(h);
    expect(graphHash({ ...lenet, edges: lenet.edges.slice(1) })).not.toBe(h);
  });
});
