import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EpochMetrics } from '../../../engine/core/train/protocol';
import { useApp } from '../../store';
import { BATCH_LOSS_TITLE, BatchLossChart } from './BatchLossChart';
import { ChartFrame } from './ChartFrame';
import { SERIES } from './chartTheme';
import { EPOCH_TITLES, EpochChart } from './EpochChart';
import { MountLater } from '../../components/MountLater';
import { chartPlan } from './chartPlan';
import { RunToggles } from '../run/RunToggles';
import { overlayRuns } from '../run/runArchive';
import { projectTrainingOf, useProjectTraining } from '../../store/projectTraining';
import { runOf, taskOf, type BatchPoint } from '../../store/session';

const NO_BATCHES: BatchPoint[] = [];
const NO_EPOCHS: EpochMetrics[] = [];

/** The three live charts; each re-renders only when its own series changes. */
export function TrainingCharts() {
  const latest = useApp(
    useShallow(s => {
      const run = runOf(projectTrainingOf(s).session);
      const plan = chartPlan(run, s.meta.training, s.training.preview, s.training.limit);
      const previewTask = s.training.preview.status === 'ready' ? s.training.preview.preview.info.task : undefined;
      const task = run ? taskOf(run) : (previewTask ?? 'classification');
      return {
        batches: run?.batches ?? NO_BATCHES,
        epochs: run?.epochs ?? NO_EPOCHS,
        sessionId: run?.sessionId ?? null,
        task,
        ...plan,
      };
    }),
  );
  // Charts redraw in a deferred, interruptible render: progress text first, curves when there is time.
  const { batches, epochs, sessionId, task, plannedEpochs, plannedSteps, initialLoss } = useDeferredValue(latest);
  // Regression runs have no accuracy: the third chart follows the mean absolute error instead.
  const metric = task === 'regression' ? 'mae' : 'accuracy';
  const runs = useProjectTraining(t => t.runs);
  const smoothing = useApp(s => s.training.smoothing);
  const setSmoothing = useApp(s => s.setLossSmoothing);
  const overlays = useMemo(() => overlayRuns(runs, sessionId, task), [runs, sessionId, task]);

  return (
    <section className="tp-card tp-charts" aria-labelledby="tp-charts-title">
      <div className="tp-card__head">
        <h3 id="tp-charts-title" className="tp-card__title">
          Curves
        </h3>
        <ul className="tp-legend" aria-label="What the lines are">
          <li>
            <i style={{ background: SERIES.train }} />
            training (this run)
          </li>
          <li>
            <i style={{ background: SERIES.validation }} />
            validation (this run)
          </li>
          {overlays.length > 0 && (
            <li>
              <i className="tp-legend__dashed" />
              earlier runs, dashed in their colour: validation per epoch, training loss per batch
            </li>
          )}
        </ul>
        <label className="tp-smoothing">
          Smoothing
          <input
            type="range"
            min={0}
            max={0.98}
            step={0.02}
            value={smoothing}
            aria-label="Loss smoothing"
            onChange={e => setSmoothing(Number(e.target.value))}
          />
          <output>{smoothing.toFixed(2)}</output>
        </label>
      </div>
      <div className="tp-charts__row">
        {!batches.length && !epochs.length && !overlays.length && (
          <p className="tp-charts__empty">
            Loss and {metric === 'mae' ? 'MAE' : 'accuracy'} appear here as soon as training starts.
          </p>
        )}
        <MountLater delay={30} placeholder={<ChartFrame title={BATCH_LOSS_TITLE} note="(smoothed)" />}>
          <BatchLossChart
            batches={batches}
            smoothing={smoothing}
            overlays={overlays}
            plannedSteps={plannedSteps}
            initialLoss={initialLoss}
          />
        </MountLater>
        <MountLater delay={100} placeholder={<ChartFrame title={EPOCH_TITLES.loss} />}>
          <EpochChart metric="loss" epochs={epochs} overlays={overlays} plannedEpochs={plannedEpochs} />
        </MountLater>
        <MountLater delay={170} placeholder={<ChartFrame title={EPOCH_TITLES[metric]} />}>
          <EpochChart metric={metric} epochs={epochs} overlays={overlays} plannedEpochs={plannedEpochs} />
        </MountLater>
      </div>
      <RunToggles currentId={sessionId} task={task} />
    </section>
  );
}
