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
    const run = await fakeRun(project, path.join(h.dir, 'some-run'));
    const file = path.join(h.dir, 'class.convas');
    const saved = await h.call('saveBundle', { path: file, project, runDirs: [run] });
    expect(saved).toMatchObject({ path: file, runs: ['some-run'] });
    const opened = await h.call('openBundle', { path: file });
    expect(opened.path.startsWith(path.join(h.dir, 'data', 'bundles') + path.sep)).toBe(true);
    expect(opened.project.name).toBe(project.name);
    expect(await readdir(opened.runs[0]!.dir)).toContain('model.json');
    expect(await h.call('recentProjects', {})).toContain(opened.path);
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
