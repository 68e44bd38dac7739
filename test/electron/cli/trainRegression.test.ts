/** `convas train` on a regression CSV: MAE, RMSE and R² instead of accuracy. */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chainProject, writeBrightnessCsv } from '../../engine/train/imageProjects';
import { lastJsonLine, runCli, tempProject } from './runCli';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map(d => rm(d, { recursive: true, force: true })));
});

describe('convas train on a regression dataset', () => {
  it('prints MAE per epoch and MAE, RMSE and R² on the test split, and says so in --json', async () => {
    const project = chainProject(
      [16, 16, 1],
      [
        ['conv', 'conv2d', { filters: 4, kernelSize: 3, padding: 'same', activation: 'relu' }],
        ['gap', 'globalAveragePooling2d'],
      ],
      { task: 'regression' },
      {
        kind: 'csv',
        path: 'brightness.csv',
        imageColumn: 'file',
        labelColumn: 'brightness',
        task: 'regression',
        resize: 'stretch',
      },
    );
    const { dir, file } = await tempProject(project);
    dirs.push(dir);
    await writeBrightnessCsv(dir, 48);
    const out = path.join(dir, 'run');
    const r = await runCli(['train', file, '--epochs', '2', '--out', out, '--json'], { CONVAS_TRAIN_THREADS: '1' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Loss \(MSE\)\s+MAE\s+Val loss\s+Val MAE/);
    expect(r.stdout).toMatch(/Test MAE: \d+\.\d+, RMSE: \d+\.\d+, R²: -?\d+\.\d+ on \d+ held-out images/);
    expect(r.stderr).toMatch(/epoch 2\/2: loss \d+\.\d+, mae \d+\.\d+/);
    const summary = lastJsonLine(r.stdout);
    expect(summary).toMatchObject({
      task: 'regression',
      testAccuracy: null,
      valAccuracy: null,
      testMae: expect.any(Number),
      testRmse: expect.any(Number),
      testR2: expect.any(Number),
    });
    const record = JSON.parse(readFileSync(path.join(out, 'run.json'), 'utf8'));
    expect(record.dataset).toMatchObject({ task: 'regression', targetNames: ['brightness'] });
  });
});
