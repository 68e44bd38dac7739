import { ErrorBox } from '../../components/ErrorBox';
import { ResultHeadline } from '../results/ResultHeadline';
import { formatCount, formatDuration, formatPercent, formatValue } from '../../shared/format';
import { isLive, runOf, taskOf, type RunData, type Session } from '../../store/session';
import { SkippedFilesNote } from '../dataset/SkippedFilesNote';
import { useProjectTraining } from '../../store/projectTraining';

const REASONS = {
  completed: 'Finished',
  stopped: 'Stopped',
  earlyStopping: 'Stopped early (no better validation loss)',
} as const;

function statusText(s: Session): string {
  switch (s.phase) {
    case 'idle':
      return 'Ready to train';
    case 'starting':
      return 'Loading the data and compiling the model…';
    case 'training':
      return s.pending === 'stop' ? 'Stopping after this batch…' : s.pending === 'pause' ? 'Pausing…' : 'Training';
    case 'paused':
      return s.pending === 'resume' ? 'Resuming…' : 'Paused';
    case 'done':
      return `${REASONS[s.result.reason]} in ${formatDuration(s.result.durationSeconds)}`;
    case 'error':
      return s.run ? 'Training failed' : 'Not started';
  }
}

/** Overall fraction of batches done across all epochs. */
function fraction(s: Session): number {
  const run = runOf(s);
  if (!run) return 0;
  if (s.phase === 'done') return 1;
  const { epoch, batch, batchesPerEpoch } = run.progress;
  return Math.min(1, ((epoch - 1) * batchesPerEpoch + batch) / Math.max(1, run.info.epochs * batchesPerEpoch));
}

/** The latest batch's accuracy (classification) or mean absolute error (regression): noisy, and labelled so. */
function batchMetric(run: RunData): [name: string, value: string] {
  const last = run.batches.at(-1);
  return taskOf(run) === 'regression'
    ? ['Batch MAE', formatValue(last?.mae)]
    : ['Batch accuracy', formatPercent(last?.accuracy)];
}

/** The last epoch's validation score: steadier than a batch's. */
function epochMetric(run: RunData): [name: string, value: string] | null {
  const last = run.epochs.at(-1);
  if (!last || last.valLoss === null) return null;
  return taskOf(run) === 'regression'
    ? [`Val MAE (epoch ${last.epoch})`, formatValue(last.valMae)]
    : [`Val accuracy (epoch ${last.epoch})`, formatPercent(last.valAccuracy)];
}

export function TrainProgress() {
  const session = useProjectTraining(t => t.session);
  const commandError = useProjectTraining(t => t.commandError);
  const run = runOf(session);
  const done = fraction(session);
  const [metricName, metricValue] = run ? batchMetric(run) : ['', ''];
  const epochScore = run ? epochMetric(run) : null;
  return (
    <div className="tp-progress" data-phase={session.phase}>
      <div className="tp-progress__head">
        <span className="tp-status" role="status">
          {statusText(session)}
        </span>
        {run && (
          <span
            className="tp-badge"
            role="note"
            title={run.info.backendDetail}
            aria-label={`Backend: ${run.info.backend}`}
          >
            {run.info.backend}
          </span>
        )}
        {run && <span className="tp-note">{formatCount(run.info.params)} params</span>}
        {run && (
          <dl className="tp-stats">
            <div>
              <dt>Epoch</dt>
              <dd>
                {Math.min(run.progress.epoch, run.info.epochs)} / {run.info.epochs}
              </dd>
            </div>
            <div>
              <dt>Batch</dt>
              <dd>
                {run.progress.batch} / {run.progress.batchesPerEpoch}
              </dd>
            </div>
            <div>
              <dt>{metricName}</dt>
              <dd>{metricValue}</dd>
            </div>
            {epochScore && (
              <div>
                <dt>{epochScore[0]}</dt>
                <dd>{epochScore[1]}</dd>
              </div>
            )}
            <div>
              <dt>Images/s</dt>
              <dd>{run.progress.imagesPerSecond ? formatCount(run.progress.imagesPerSecond) : '—'}</dd>
            </div>
            <div>
              <dt>ETA</dt>
              <dd>{isLive(session) ? formatDuration(run.progress.etaSeconds) : '—'}</dd>
            </div>
            <div>
              <dt>Progress</dt>
              <dd>{formatPercent(done, 0)}</dd>
            </div>
          </dl>
        )}
      </div>
      <div
        className="tp-progress__bar"
        role="progressbar"
        aria-label="Training progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(done * 100)}
      >
        <div style={{ transform: `scaleX(${done})` }} />
      </div>
      {session.phase === 'done' && session.result.test && (
        <ResultHeadline test={session.result.test} classes={session.info.dataset.classNames.length} />
      )}
      {session.phase === 'error' && (
        <ErrorBox
          title={session.run ? 'Training stopped with an error' : 'Training could not start'}
          error={session.error}
        />
      )}
      {run?.skipped && <SkippedFilesNote skipped={run.skipped} />}
      {commandError && <ErrorBox title="The command was not accepted" error={commandError} />}
    </div>
  );
}
