/** saveBundle / openBundle through the service, as the app calls them. */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fakeRun } from '../../engine/bundle/bundleFixtures';
import { createHarness, template } from './serviceHarness';

describe('bundle handlers', () => {
  it('saves a bundle with a run and opens it into the data folder, remembering the project', async () => {
    const h = await createHarness();
    const project = await template('lenet5-mnist');
    await fakeRun(project, path.join(h.dir, 'data', 'runs', 'some-run'));
    const file = path.join(h.dir, 'class.convas');
    const saved = await h.call('saveBundle', { path: file, project, runIds: ['some-run'] });
    expect(saved).toMatchObject({ path: file, runs: ['some-run'] });
    const opened = await h.call('openBundle', { path: file });
    expect(opened.path.startsWith(path.join(h.dir, 'data', 'bundles') + path.sep)).toBe(true);
    expect(opened.project.name).toBe(project.name);
    expect(await readdir(opened.runs[0]!.dir)).toContain('model.json');
    expect(await h.call('recentProjects', {})).toContain(opened.path);
    // The unpacked project is the same project: its runs are found again, once (the copy in the bundle folder is the same run).
    const runs = await h.call('listRuns', { projectId: opened.project.id, baseDir: path.dirname(opened.path) });
    expect(runs.map(r => r.runId)).toEqual(['some-run']);
  });

  it('packs only runs of the project being bundled', async () => {
    const h = await createHarness();
    const lenet = await template('lenet5-mnist');
    const mlp = await template('mlp-mnist');
    await fakeRun(lenet, path.join(h.dir, 'data', 'runs', 'lenet-run'));
    const refused = await h.fail('saveBundle', {
      path: path.join(h.dir, 'mlp.convas'),
      project: mlp,
      runIds: ['lenet-run'],
    });
    expect(refused).toMatchObject({ code: 'RUN_NOT_FOUND', message: expect.stringContaining('lenet-run') });
    expect(await readdir(h.dir)).not.toContain('mlp.convas');
  });

  it('answers refused bundles and bad targets with a code, a message and a hint', async () => {
    const h = await createHarness();
    const bad = path.join(h.dir, 'bad.convas');
    await writeFile(bad, zipSync({ '/etc/cron.d/x': strToU8('x') }));
    const refused = await h.fail('openBundle', { path: bad });
    expect(refused).toMatchObject({ code: 'BUNDLE_UNSAFE', message: expect.stringContaining('absolute path') });
    expect(refused.hint).toMatch(/refuses/);
    const project = await template('lenet5-mnist');
    const unwritable = await h.fail('saveBundle', { path: path.join(h.dir, 'no', 'such', 'x.convas'), project });
    expect(unwritable.code).toBe('FILE_UNREADABLE');
    expect(await readdir(h.dir)).not.toContain('data');
  });
});
