/** Templates, open/save, the recent list and the in-app file browser through the service. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHarness, REPO, template } from './serviceHarness';
import { CURRENT_VERSION } from '../../../engine/core/project/schema';

describe('project files through the service', () => {
  it('lists every template, validated, with a description', async () => {
    const h = await createHarness();
    const templates = await h.call('listTemplates', {});
    expect(templates.map(t => t.id)).toEqual([
      'age-or-grade-regression',
      'cnn-fashion-mnist',
      'lenet5-mnist',
      'mlp-mnist',
      'resnet-mini',
    ]);
    for (const t of templates) {
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.project.version).toBe(CURRENT_VERSION);
    }
  });

  it('skips a broken template and logs it', async () => {
    const root = (await createHarness()).dir;
    await mkdir(path.join(root, 'templates'));
    await writeFile(
      path.join(root, 'templates', 'good.convas.json'),
      await readFile(path.join(REPO, 'templates/mlp-mnist.convas.json')),
    );
    await writeFile(path.join(root, 'templates', 'broken.convas.json'), '{ "version": 1, ');
    const h = await createHarness({ appRoot: root });
    expect((await h.call('listTemplates', {})).map(t => t.id)).toEqual(['good']);
    expect(h.logged.join('\n')).toContain('broken.convas.json');
  });

  it('saves and reopens a project identically, and remembers both in the recent list', async () => {
    const h = await createHarness();
    const project = { ...(await template('lenet5-mnist')), name: 'my digits' };
    const first = path.join(h.dir, 'a.convas.json');
    const second = path.join(h.dir, 'b.convas.json');
    expect(await h.call('saveProject', { path: first, project })).toEqual({ path: first });
    await h.call('saveProject', { path: second, project });
    const opened = await h.call('openProject', { path: first });
    expect(opened).toEqual({ path: first, project });
    expect(await h.call('recentProjects', {})).toEqual([first, second]);
    // Persisted: a new service on the same config folder sees the same list.
    const again = await createHarness({ dirs: { config: path.join(h.dir, 'config'), data: path.join(h.dir, 'data') } });
    expect(await again.call('recentProjects', {})).toEqual([first, second]);
  });

  it('gives clear errors for a foreign JSON file, a newer version and an unwritable folder', async () => {
    const h = await createHarness();
    const foreign = path.join(h.dir, 'package.json');
    await writeFile(foreign, JSON.stringify({ name: 'not-a-project', dependencies: {} }));
    expect(await h.fail('openProject', { path: foreign })).toMatchObject({
      code: 'FILE_SCHEMA',
      message: expect.stringContaining(foreign),
    });
    const newer = path.join(h.dir, 'newer.convas.json');
    await writeFile(newer, JSON.stringify({ ...(await template('mlp-mnist')), version: 99 }));
    expect((await h.fail('openProject', { path: newer })).code).toBe('FILE_VERSION');
    const nowhere = path.join(h.dir, 'missing-folder', 'x.convas.json');
    const error = await h.fail('saveProject', { path: nowhere, project: await template('mlp-mnist') });
    expect(error).toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringContaining('its folder does not exist'),
    });
    expect(await h.call('recentProjects', {})).toEqual([]);
  });

  it('lists a folder: folders first, sorted, hidden files left out, extensions filter files only', async () => {
    const h = await createHarness();
    const dir = path.join(h.dir, 'browse');
    await mkdir(path.join(dir, 'zeta'), { recursive: true });
    await mkdir(path.join(dir, 'Alpha'));
    await mkdir(path.join(dir, '.hidden'));
    await writeFile(path.join(dir, 'net.convas.json'), '{}');
    await writeFile(path.join(dir, 'notes.txt'), 'hello');
    await writeFile(path.join(dir, 'B.JSON'), '[]');
    const all = await h.call('listDirectory', { path: dir });
    expect(all.path).toBe(dir);
    expect(all.parent).toBe(h.dir);
    expect(all.entries.map(e => `${e.kind[0]}:${e.name}`)).toEqual([
      'd:Alpha',
      'd:zeta',
      'f:B.JSON',
      'f:net.convas.json',
      'f:notes.txt',
    ]);
    expect(all.entries.find(e => e.name === 'notes.txt')?.size).toBe(5);
    const json = await h.call('listDirectory', { path: dir, extensions: ['.json'] });
    expect(json.entries.map(e => e.name)).toEqual(['Alpha', 'zeta', 'B.JSON', 'net.convas.json']);
    expect((await h.call('listDirectory', { path: '/' })).parent).toBeNull();
  });

  it('explains a missing folder and a file given as a folder', async () => {
    const h = await createHarness();
    expect(await h.fail('listDirectory', { path: path.join(h.dir, 'nope') })).toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringContaining('no such folder'),
    });
    const file = path.join(h.dir, 'f.txt');
    await writeFile(file, 'x');
    expect(await h.fail('listDirectory', { path: file })).toMatchObject({
      code: 'FILE_UNREADABLE',
      message: expect.stringContaining('is a file, not a folder'),
    });
  });
});
