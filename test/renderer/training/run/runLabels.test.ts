import { describe, expect, it } from 'vitest';
import { trainingSchema } from '../../../../engine/core/project/schema';
import { runScore, settingsDiff } from '../../../../renderer/training/run/runLabels';

const cfg = trainingSchema.parse({});

describe('runs in words', () => {
  it('names every setting an earlier run had otherwise, and nothing else', () => {
    expect(settingsDiff(cfg, cfg)).toEqual([]);
    expect(settingsDiff({ ...cfg, learningRate: 0.01, batchSize: 32 }, cfg)).toEqual([
      'lr 0.01 (now 0.001)',
      'batch 32 (now 64)',
    ]);
    expect(settingsDiff({ ...cfg, earlyStopping: { patience: 2 } }, cfg)).toEqual([
      'early stopping patience 2 (now off)',
    ]);
    // Momentum only matters to SGD.
    expect(settingsDiff({ ...cfg, momentum: 0.5 }, cfg)).toEqual([]);
    expect(settingsDiff({ ...cfg, optimizer: 'sgd', momentum: 0.5 }, cfg)).toEqual([
      'optimizer sgd (now adam)',
      'momentum 0.5 (now 0.9)',
    ]);
  });

  it('says what a run scored, per task', () => {
    expect(runScore({ task: 'classification', test: { accuracy: 0.9712, mae: null, r2: null, count: 10 } })).toBe(
      'test accuracy 97.1 %',
    );
    expect(runScore({ task: 'regression', test: { accuracy: null, mae: 0.42, r2: 0.95, count: 10 } })).toBe(
      'test MAE 0.42, R² 0.95',
    );
    expect(runScore({ task: 'classification', test: null })).toBe('not scored');
  });
});
