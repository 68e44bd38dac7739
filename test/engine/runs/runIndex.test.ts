import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunIndex, runFolders } from '../../../engine/runs/runIndex';
import { fakeRun, lenetProject, tempDir } from '../bundle/bundleFixtures';

describe("a project's runs on disk", () => {
  it('lists runs by project id across the folders, newest first, skipping other projects, old and damaged run.json files', async () => {
    const root = await tempDir('convas-runs-');
    const lenet = await lenetProject();
    const other = { ...lenet, id: 'another-project' };
    const folders = runFolders({
      dataDir: path.join(root, 'data'),
      projectDir: path.join(root, 'projects'),
      cwd: root,
    });
    expect(folders).toEqual([
      path.join(root, 'data', 'runs'),
      path.join(root, 'projects', 'convas-runs'),
      path.join(root, 'projects', 'runs'),
      path.join(root, 'convas-runs'),
      path.join(root, 'runs'),
    ]);
    await fakeRun(lenet, path.join(root, 'data', 'runs', 'a'));
    await new Promise(r => setTimeout(r, 5)); // distinct start times
    await fakeRun(lenet, path.join(root, 'projects', 'convas-runs', 'b'));
    await fakeRun(other, path.join(root, 'runs', 'c'));
    await mkdir(path.join(root, 'runs', 'old'), { recursive: true });
    await writeFile(
      path.join(root, 'runs', 'old', 'run.json'),
      JSON.stringify({ convas: 'run', project: lenet, history: [] }),
    );
    await mkdir(path.join(root, 'runs', 'broken'), { recursive: true });
    await writeFile(path.join(root, 'runs', 'broken', 'run.json'), '{ "convas": "run", ');

    const index = createRunIndex();
    const runs = await index.list(lenet.id, folders);
    expect(runs.map(r => r.runId)).toEqual(['b', 'a']);
    expect(runs[0]).toMatchObject({
      projectId: lenet.id,
      finished: true,
      hasModel: true,
      test: { accuracy: 0.9, count: 10 },
    });
    expect((await index.list('another-project', folders)).map(r => r.runId)).toEqual(['c']);
    await expect(index.find(lenet.id, 'c', folders)).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
    expect((await index.find(lenet.id, 'a', folders)).project.nodes).toEqual(lenet.nodes);
  });

  it('sees a run.json that changed since it was last read', async () => {
    const root = await tempDir('convas-runs-');
    const lenet = await lenetProject();
    const folders = runFolders({ dataDir: root });
    const index = createRunIndex();
    expect(await index.list(lenet.id, folders)).toEqual([]);
    await fakeRun(lenet, path.join(root, 'runs', 'late'));
    expect((await index.list(lenet.id, folders)).map(r => r.runId)).toEqual(['late']);
    await fakeRun({ ...lenet, id: 'moved-on' }, path.join(root, 'runs', 'late'));
    expect(await index.list(lenet.id, folders)).toEqual([]);
  });
});
