/** Runs in words: a line per run for lists, and what an earlier run did differently (pure). */
import type { TrainingConfig } from '../../../engine/core/project/schema';
import type { RunSummary } from '../../../engine/core/runs/types';
import { formatPercent, formatValue } from '../../shared/format';

/** "3 Dec, 14:05" in the user's locale. */
const runTime = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** The test score of a run in a few words. */
export function runScore(run: Pick<RunSummary, 'task' | 'test'>): string {
  if (!run.test) return 'not scored';
  return run.task === 'regression'
    ? `test MAE ${formatValue(run.test.mae)}, R² ${formatValue(run.test.r2)}`
    : `test accuracy ${formatPercent(run.test.accuracy)}`;
}

/** e.g. "3 Dec, 14:05 · 3 epochs · 61,706 params · test accuracy 97.1 %". */
export function runLabel(run: RunSummary): string {
  const epochs = `${run.epochs} epoch${run.epochs === 1 ? '' : 's'}`;
  const state = run.finished ? (run.reason === 'completed' ? '' : ' (stopped)') : ' (did not finish)';
  return `${runTime(run.startedAt)} · ${epochs}${state} · ${run.params.toLocaleString('en-US')} params · ${runScore(run)}`;
}

const SETTINGS: { key: keyof TrainingConfig; label: string; show(v: TrainingConfig[keyof TrainingConfig]): string }[] =
  [
    { key: 'optimizer', label: 'optimizer', show: v => String(v) },
    { key: 'learningRate', label: 'lr', show: v => formatValue(v as number) },
    { key: 'batchSize', label: 'batch', show: v => String(v) },
    { key: 'epochs', label: 'epochs', show: v => String(v) },
    { key: 'momentum', label: 'momentum', show: v => formatValue(v as number) },
    { key: 'validationSplit', label: 'validation split', show: v => formatValue(v as number) },
    { key: 'testSplit', label: 'test split', show: v => formatValue(v as number) },
    { key: 'seed', label: 'seed', show: v => String(v) },
    {
      key: 'earlyStopping',
      label: 'early stopping',
      show: v => (v ? `patience ${(v as { patience: number }).patience}` : 'off'),
    },
  ];

/**
 * The settings in which `earlier` differs from `now`, as "lr 0.01 (now 0.002)".
 * @example settingsDiff({ ...cfg, learningRate: 0.01 }, cfg) // ['lr 0.01 (now 0.001)']
 */
export function settingsDiff(earlier: TrainingConfig, now: TrainingConfig): string[] {
  return SETTINGS.filter(s => JSON.stringify(earlier[s.key]) !== JSON.stringify(now[s.key]))
    .filter(s => s.key !== 'momentum' || earlier.optimizer === 'sgd' || now.optimizer === 'sgd')
    .map(s => `${s.label} ${s.show(earlier[s.key])} (now ${s.show(now[s.key])})`);
}
