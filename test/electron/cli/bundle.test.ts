/** `convas bundle` and `convas open-bundle` as a teacher and a student use them. */
import { readdir, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lastJsonLine, REPO, runCli } from './runCli';

const temp = () => mkdtemp(path.join(os.tmpdir(), 'convas-bundle-cli-'));

describe('convas bundle / open-bundle', () => {
  it('bundles a trained run, opens it under the data folder, and the opened run exports', async () => {
    const work = await temp();
    const appDir = await temp();
    const project = path.join(REPO, 'templates/mlp-mnist.convas.json');
    const runDir = path.join(work, 'mlp-run');
    expect((await runCli(['train', project, '--epochs', '1', '--limit', '200', '--out', runDir])).code).toBe(0);

    const out = path.join(work, 'homework.convas');
    const bundled = await runCli(['bundle', project, '--runs', runDir, '--out', out, '--json']);
    expect(bundled.code, bundled.stderr).toBe(0);
    expect(lastJsonLine(bundled.stdout)).toMatchObject({ file: out, runs: ['mlp-run'] });

    const opened = await runCli(['open-bundle', out, '--json'], { CONVAS_CONFIG_DIR: appDir });
    expect(opened.code, opened.stderr).toBe(0);
    const { projectFile, runs } = lastJsonLine(opened.stdout) as { projectFile: string; runs: { dir: string }[] };
    expect(projectFile.startsWith(path.join(appDir, 'bundles') + path.sep)).toBe(true);

    const exported = await runCli(['export', projectFile, '--weights', runs[0]!.dir, '--out', path.join(work, 'tfjs')]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(await readdir(path.join(work, 'tfjs'))).toContain('model.json');
  });

  it('refuses an unsafe bundle with exit 2, a clear line and nothing written', async () => {
    const work = await temp();
    const appDir = await temp();
    const bad = path.join(work, 'bad.convas');
    await writeFile(bad, zipSync({ '../../evil.txt': strToU8('x') }));
    const r = await runCli(['open-bundle', bad], { CONVAS_CONFIG_DIR: appDir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/BUNDLE_UNSAFE: .*"..\/..\/evil.txt" has a ".." segment/);
    expect(await readdir(appDir)).toEqual([]);
    const wrongName = await runCli([
      'bundle',
      path.join(REPO, 'templates/mlp-mnist.convas.json'),
      '--out',
      path.join(work, 'x.zip'),
    ]);
    expect(wrongName.code).toBe(2);
    expect(wrongName.stderr).toMatch(/does not end in \.convas/);
  });
});
