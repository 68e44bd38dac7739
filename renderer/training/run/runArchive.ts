/** Finished runs kept for comparison: what is archived when a run ends, and which runs overlay. */
import { downsample } from '../charts/series';
import { taskOf, type DoneResult, type RunData, type Task } from '../../store/session';
import type { FinishedRun } from '../../store/trainingState';

/** Apart from the current run's blue and orange, readable on the dark theme. */
const RUN_COLORS = ['#34d399', '#f472b6', '#22d3ee', '#c084fc', '#facc15', '#fb7185', '#a3e635', '#94a3b8'];
/** Older runs beyond this are dropped: each keeps up to 1,000 points. */
export const MAX_RUNS = 8;

/** `earlier` are the same project's runs (the state is kept per project). */
export function archiveRun(run: RunData, result: DoneResult, earlier: readonly FinishedRun[]): FinishedRun[] {
  const number = 1 + Math.max(0, ...earlier.map(r => r.number));
  const { optimizer, batchSize } = run.project.training;
  const points = downsample(
    run.batches.map(b => ({ ...b, x: b.step, y: b.loss })),
    1000,
  ).map(({ step, loss, accuracy, mae }) => ({ step, loss, accuracy, mae }));
  const test = result.test;
  const finished: FinishedRun = {
    id: run.sessionId,
    number,
    label: `Run ${number}`,
    color: RUN_COLORS[(number - 1) % RUN_COLORS.length]!,
    visible: true,
    reason: result.reason,
    task: taskOf(run),
    batches: points,
    epochs: result.history.length ? result.history : run.epochs,
    testAccuracy: test?.task === 'regression' ? null : (test?.accuracy ?? null),
    testMae: test?.task === 'regression' ? test.mae : null,
    summary: `${optimizer}, lr ${run.info.learningRate}, batch ${batchSize}`,
    training: { ...run.project.training, learningRate: run.info.learningRate },
  };
  return [...earlier.filter(r => r.id !== run.sessionId), finished].slice(-MAX_RUNS);
}

/** Earlier runs of the project to draw beside the current one (never the current run twice). */
export const overlayRuns = (runs: readonly FinishedRun[], currentId: string | null, task: Task = 'classification') =>
  runs.filter(r => r.id !== currentId && r.visible && (r.task ?? 'classification') === task);
