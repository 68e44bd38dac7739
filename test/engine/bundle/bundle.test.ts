/** writeBundle → openBundle: what a teacher hands out opens intact, and only inside the app's folder. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { openBundle, writeBundle } from '../../../engine/bundle';
import { crc32 } from '../../../engine/bundle/crc32';
import { unsafeReason } from '../../../engine/bundle/entryNames';
import { graphSvg } from '../../../engine/bundle/thumbnail';
import { ConvasError } from '../../../engine/core/errors';
import { loadModel } from '../../../engine/tf/modelFiles';
import { fakeRun, filesUnder, lenetProject, tempDir } from './bundleFixtures';

async function refusal(p: Promise<unknown>): Promise<ConvasError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ConvasError);
  return e as ConvasError;
}

describe('project bundles', () => {
  it('round-trips the project, each run (weights that load) and a PNG thumbnail', async () => {
    const project = await lenetProject();
    const work = await tempDir();
    const runA = await fakeRun(project, path.join(work, 'runs', 'lenet-20250101-120000'));
    const runB = await fakeRun(project, path.join(work, 'other', 'lenet-20250101-120000'));
    const file = path.join(work, 'lenet.convas');
    const written = await writeBundle(project, [runA, runB], file);
    expect(written.runs).toEqual(['lenet-20250101-120000', 'lenet-20250101-120000-2']);

    const app = await tempDir('convas-app-');
    const opened = await openBundle(file, app);
    expect(path.dirname(opened.dir)).toBe(path.join(app, 'bundles'));
    expect(opened.project).toEqual(project);
    expect(JSON.parse(await readFile(opened.projectFile, 'utf8'))).toEqual(project);
    const files = await filesUnder(opened.dir);
    expect(files).toContain('thumbnail.png');
    expect(files.filter(f => f.endsWith('notes.tmp'))).toEqual([]);
    expect(opened.runs.map(r => r.name)).toEqual(written.runs);
    const [before, after] = await Promise.all([loadModel(runA), loadModel(opened.runs[0]!.dir)]);
    expect(await after.getWeights()[0]!.array()).toEqual(await before.getWeights()[0]!.array());
    const png = await readFile(path.join(opened.dir, 'thumbnail.png'));
    expect([...png.subarray(1, 4)].map(c => String.fromCharCode(c)).join('')).toBe('PNG');
    tf.dispose([before, after].flatMap(m => m.getWeights()));

    // Opening twice gives two folders; nothing but bundles/ appears in the app folder.
    const again = await openBundle(file, app);
    expect(again.dir).not.toBe(opened.dir);
    expect((await filesUnder(app)).every(f => f.startsWith('bundles/'))).toBe(true);
  });

  it('refuses entries that would escape, with the entry named, and writes nothing', async () => {
    const project = await lenetProject();
    const work = await tempDir();
    const app = await tempDir('convas-app-');
    for (const bad of ['../x', '/etc/x', 'runs\\a\\run.json', 'C:/x', 'runs/../../x', './project.convas.json']) {
      const file = path.join(work, 'bad.convas');
      await writeFile(file, zipSync({ 'project.convas.json': strToU8(JSON.stringify(project)), [bad]: strToU8('x') }));
      const e = await refusal(openBundle(file, app));
      expect(e.code, bad).toBe('BUNDLE_UNSAFE');
      expect(e.message).toContain(JSON.stringify(bad));
    }
    expect(await filesUnder(app)).toEqual([]);
  });

  it('refuses symlinks, unexpected files, missing projects and broken runs', async () => {
    const project = await lenetProject();
    const work = await tempDir();
    const app = await tempDir('convas-app-');
    const projectBytes = strToU8(JSON.stringify(project));
    const file = path.join(work, 'b.convas');
    const cases: [Record<string, Uint8Array | [Uint8Array, { os: number; attrs: number }]>, string, RegExp][] = [
      [
        {
          'project.convas.json': projectBytes,
          'runs/a/run.json': [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
        },
        'BUNDLE_UNSAFE',
        /symbolic link/,
      ],
      [
        { 'project.convas.json': projectBytes, 'evil.sh': strToU8('rm -rf') },
        'BUNDLE_CONTENT',
        /unexpected entry "evil.sh"/,
      ],
      [{ 'thumbnail.png': strToU8('x') }, 'BUNDLE_CONTENT', /thumbnail.png is not a PNG/],
      [{ 'runs/a/run.json': strToU8('{}') }, 'BUNDLE_CONTENT', /convas/],
      [{ 'project.convas.json': strToU8('{"version":1}') }, 'FILE_SCHEMA', /project.convas.json: name/],
      [
        { 'project.convas.json': projectBytes, 'runs/a/weights.bin': new Uint8Array(4) },
        'BUNDLE_CONTENT',
        /runs\/a has no run.json/,
      ],
    ];
    for (const [entries, code, message] of cases) {
      await writeFile(file, zipSync(entries as Parameters<typeof zipSync>[0]));
      const e = await refusal(openBundle(file, app));
      expect(`${e.code} ${e.message}`).toMatch(code);
      expect(e.message).toMatch(message);
    }
    expect(await filesUnder(app)).toEqual([]);
  });

  it('refuses bundles over the size and entry limits before inflating them', async () => {
    const project = await lenetProject();
    const work = await tempDir();
    const app = await tempDir('convas-app-');
    const file = path.join(work, 'bomb.convas');
    await writeFile(
      file,
      zipSync({
        'project.convas.json': strToU8(JSON.stringify(project)),
        'runs/a/run.json': new Uint8Array(4 * 2 ** 20),
      }),
    );
    const limits = { maxFileBytes: 2 ** 20, maxTotalBytes: 2 ** 20, maxEntries: 2 };
    expect((await refusal(openBundle(file, app, limits))).message).toMatch(/zip bomb/);
    expect((await refusal(openBundle(file, app, { ...limits, maxEntries: 1 }))).code).toBe('BUNDLE_TOO_LARGE');
    expect((await refusal(openBundle(file, app, { ...limits, maxFileBytes: 100 }))).code).toBe('BUNDLE_TOO_LARGE');
    expect(await filesUnder(app)).toEqual([]);
  });

  it('refuses a run folder that is not one when bundling', async () => {
    const project = await lenetProject();
    const work = await tempDir();
    const e = await refusal(writeBundle(project, [work], path.join(work, 'x.convas')));
    expect(e.message).toMatch(/run\.json/);
    expect(await filesUnder(work)).toEqual([]);
  });

  it('names unsafe entry names precisely; crc32 is the zip one; the thumbnail draws every node', async () => {
    expect(unsafeReason('runs/a/run.json')).toBeNull();
    expect(unsafeReason('a/../b')).toMatch(/\.\./);
    expect(unsafeReason('D:x')).toMatch(/drive/);
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    const project = await lenetProject();
    expect(graphSvg(project).match(/<rect /g)).toHaveLength(project.nodes.length + 1);
  });
});
