/** `convas data`: the report of a folder, a CSV or a project's dataset, as text or JSON; samples PNG; exit codes. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetReport } from '../../../engine/core/data/report/types';
import type { JsonOf } from '../../../electron/cli/output';
import {
  snapshotTree,
  tempDir,
  writeBrokenZoo,
  writeClassFolders,
  writeCsv,
  type TempDir,
} from '../../fixtures/imageFolders';
import { REPO, runCli } from './runCli';

let tmp: TempDir;
let zoo: string;
beforeAll(async () => {
  tmp = await tempDir('convas-cli-data-');
  zoo = join(tmp.dir, 'zoo');
  await writeBrokenZoo(zoo);
});
afterAll(() => tmp.cleanup());

describe('convas data', () => {
  it('prints the table of classes × splits and the problems, writes the samples grid and nothing else', async () => {
    const before = await snapshotTree(zoo);
    const samples = join(tmp.dir, 'samples.png');
    const r = await runCli(['data', zoo, '--shape', '24x24x3', '--samples', samples]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Class\s+Train\s+Validation\s+Test\s+Total/);
    expect(r.stdout).toMatch(/cats\s+\d+\s+\d+\s+\d+\s+12/);
    expect(r.stdout).toMatch(/warning corrupt: 2 images are corrupt or truncated/);
    expect(r.stdout).toMatch(/dogs\/huge\.png — 20000×20000 is 400 megapixels/);
    expect(r.stdout).toMatch(/warning emptyClass/);
    expect(r.stdout).toContain(`Samples: ${samples}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const meta = await sharp(samples).metadata();
    expect(meta.format).toBe('png');
    expect(meta.height).toBe(4 * (48 + 2) + 2); // 4 classes, 24-pixel cells doubled
    expect(await snapshotTree(zoo)).toEqual(before);
  });

  it('prints one JSON report with --json, and reads a CSV given its columns', async () => {
    await writeClassFolders(join(tmp.dir, 'csvset', 'imgs'), ['x'], 12);
    const rows = Array.from({ length: 12 }, (_, i) => [
      `imgs/x/img ${String(i).padStart(3, '0')}.png`,
      i % 2 ? 'odd' : 'even',
    ]);
    const csv = await writeCsv(join(tmp.dir, 'csvset', 'labels.csv'), [['path', 'parity'], ...rows]);
    const r = await runCli([
      'data',
      csv,
      '--csv-image-column',
      'path',
      '--csv-label-column',
      'parity',
      '--json',
      '--shape',
      '16x16x1',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonOf<DatasetReport>;
    expect(report.info.classNames).toEqual(['even', 'odd']);
    expect(report.imagesUsable).toBe(12);
    expect(Buffer.from(report.samples[0]!.pixels[0]!, 'base64').length).toBe(16 * 16);
    expect(r.stderr).toBe('');
    const missing = await runCli(['data', csv, '--csv-image-column', 'file', '--csv-label-column', 'parity']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/DATASET_COLUMN: .*no column "file"; its columns are: "path", "parity"/);
  });

  it("reads a project's dataset at its Input shape", async () => {
    const project = JSON.parse(await readFile(join(REPO, 'templates/lenet5-mnist.convas.json'), 'utf8'));
    const file = join(tmp.dir, 'zoo.convas.json');
    await writeFile(
      file,
      JSON.stringify({ ...project, dataset: { kind: 'folder', path: 'zoo', resize: 'letterbox' } }),
    );
    const r = await runCli(['data', file, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonOf<DatasetReport>;
    expect(report.info.imageShape).toEqual(
      project.nodes.find((n: { kind: string }) => n.kind === 'input').params.shape,
    );
    expect(report.perClass).toHaveLength(4);
  });

  it('exits 2 on a dataset training would refuse, after printing its report', async () => {
    await writeClassFolders(join(tmp.dir, 'one'), ['lonely'], 3);
    const r = await runCli(['data', join(tmp.dir, 'one')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/error singleClass: Only one class, "lonely"/);
    expect(r.stderr).toMatch(/DATASET_ONE_CLASS/);
  });

  it('exits 2 with one line on bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['data', join(tmp.dir, 'nope')], /DATASET_MISSING: .*nope: no such file or folder/],
      [['data', zoo, '--shape', '32x32'], /INPUT_SHAPE_MISMATCH: --shape: "32x32"/],
      [['data', zoo, '--resize', 'squash'], /--resize: "squash" is not one of stretch, centerCrop, letterbox/],
      [['data', zoo, '--samples', join(zoo, 'grid.png')], /inside the dataset folder/],
    ];
    const results = await Promise.all(cases.map(([args]) => runCli(args)));
    results.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(2);
      expect(
        r.stderr
          .trim()
          .split('\n')
          .filter(l => l.startsWith('convas:')),
      ).toHaveLength(1);
      expect(r.stderr).toMatch(cases[i]![1]);
    });
  });
});
