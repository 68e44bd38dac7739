/** A regression run as the dashboard reduces it: MAE instead of accuracy, skipped files, and its archive entry. */
import { describe, expect, it } from 'vitest';
import type { RegressionMetrics, TrainEvent } from '../../../engine/core/train/protocol';
import { chartPlan } from '../../../renderer/training/charts/chartPlan';
import { comparableSeries, epochSeries } from '../../../renderer/training/charts/chartData';
import { overlayRuns } from '../../../renderer/training/run/runArchive';
import { runOf, sessionStarted, taskOf } from '../../../renderer/store/session';
import { applyEvents } from '../../../renderer/training/run/trainingEvents';
import { EMPTY_PROJECT_TRAINING, type ProjectTraining } from '../../../renderer/store/trainingState';
import { batchEvent, compiledEvent, doneEvent, epochEvent, project } from './fixtures';

const regressionCompiled: TrainEvent = {
  ...(compiledEvent as Extract<TrainEvent, { type: 'compiled' }>),
  dataset: {
    name: 'discs.csv',
    task: 'regression',
    classNames: [],
    targetNames: ['radius'],
    imageShape: [32, 32, 1],
    train: 640,
    validation: 64,
    test: 128,
  },
};
const regressionBatch = (epoch: number, batch: number, mae: number): TrainEvent =>
  ({ ...(batchEvent(epoch, batch, mae * mae) as object), accuracy: null, mae }) as TrainEvent;
const regressionEpoch = (epoch: number, mae: number): TrainEvent =>
  ({ ...(epochEvent(epoch) as object), accuracy: null, valAccuracy: null, mae, valMae: mae * 1.1 }) as TrainEvent;
const regressionTest: RegressionMetrics = {
  task: 'regression',
  loss: 0.81,
  mae: 0.7,
  rmse: 0.9,
  r2: 0.93,
  count: 128,
  points: [
    { index: 0, truth: 3, predicted: 3.4 },
    { index: 1, truth: 8, predicted: 7.1 },
  ],
  worst: [{ index: 1, truth: [8], predicted: [7.1], image: new Uint8Array(32 * 32) }],
};
const regressionDone: TrainEvent = {
  ...(doneEvent as Extract<TrainEvent, { type: 'done' }>),
  test: regressionTest,
};
const skipped: TrainEvent = { type: 'skippedFiles', files: [{ path: 'img/bad.png', reason: 'corrupt PNG' }], total: 1 };
const moreSkipped: TrainEvent = {
  type: 'skippedFiles',
  files: [{ path: 'img/empty.png', reason: 'empty file' }],
  total: 2,
};

function runOfEvents(events: TrainEvent[], id = 'r'): ProjectTraining {
  const t: ProjectTraining = {
    ...EMPTY_PROJECT_TRAINING,
    session: sessionStarted({ phase: 'starting', project, sessionId: null, outDir: null }, id, `/runs/${id}`),
  };
  return { ...t, ...applyEvents(t, events) };
}

describe('a regression run', () => {
  it('keeps MAE per batch and epoch, and the files it skipped', () => {
    const t = runOfEvents([
      regressionCompiled,
      regressionBatch(1, 1, 2),
      skipped,
      regressionBatch(1, 2, 1.5),
      moreSkipped,
      regressionEpoch(1, 1.2),
    ]);
    const run = runOf(t.session)!;
    expect(taskOf(run)).toBe('regression');
    expect(run.batches).toEqual([
      { step: 1, loss: 4, accuracy: null, mae: 2 },
      { step: 2, loss: 2.25, accuracy: null, mae: 1.5 },
    ]);
    expect(epochSeries(run.epochs, 'mae')).toEqual([{ x: 1, y: 1.2 }]);
    expect(comparableSeries(run.epochs, 'mae')[0]!.y).toBeCloseTo(1.32);
    expect(epochSeries(run.epochs, 'accuracy')).toEqual([]);
    expect(run.skipped).toEqual({
      files: [
        { path: 'img/bad.png', reason: 'corrupt PNG' },
        { path: 'img/empty.png', reason: 'empty file' },
      ],
      total: 2,
    });
  });

  it('takes skipped files reported after the run is done', () => {
    const t = runOfEvents([regressionCompiled, skipped, regressionDone, moreSkipped]);
    expect(t.session.phase).toBe('done');
    expect(runOf(t.session)!.skipped?.total).toBe(2);
  });

  it('is archived with its task and test MAE, and overlays only runs of its task', () => {
    let t = runOfEvents([regressionCompiled, regressionBatch(1, 1, 2), regressionEpoch(1, 1.2), regressionDone], 'reg');
    expect(t.runs[0]).toMatchObject({ id: 'reg', task: 'regression', testMae: 0.7, testAccuracy: null });
    const classification = runOfEvents([compiledEvent, batchEvent(1, 1), epochEvent(1), doneEvent], 'cls');
    t = { ...t, runs: [...t.runs, ...classification.runs] };
    expect(t.runs.find(r => r.id === 'cls')).toMatchObject({
      task: 'classification',
      testAccuracy: 0.9,
      testMae: null,
    });
    expect(overlayRuns(t.runs, null, 'regression').map(r => r.id)).toEqual(['reg']);
    expect(overlayRuns(t.runs, null, 'classification').map(r => r.id)).toEqual(['cls']);
  });

  it('plans its loss axis from the data, not from a class count', () => {
    const t = runOfEvents([regressionCompiled]);
    expect(chartPlan(runOf(t.session), project.training, { status: 'idle' }, null).initialLoss).toBe(0.1);
    expect(
      chartPlan(runOf(runOfEvents([compiledEvent]).session), project.training, { status: 'idle' }, null).initialLoss,
    ).toBeCloseTo(Math.log(2));
  });
});
