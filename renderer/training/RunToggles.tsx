import { useApp } from '../store';
import { formatPercent, formatValue } from './format';
import type { Task } from './session';
import type { FinishedRun } from './trainingState';

const testScore = (run: FinishedRun) =>
  run.task === 'regression' ? `test MAE ${formatValue(run.testMae)}` : `test ${formatPercent(run.testAccuracy)}`;

/** Earlier runs of this project and task, each one switchable on the charts. */
export function RunToggles({ currentId, task }: { currentId: string | null; task: Task }) {
  const projectName = useApp(s => s.meta.name);
  const runs = useApp(s => s.training.runs);
  const toggle = useApp(s => s.toggleRunOverlay);
  const earlier = runs.filter(r => r.projectName === projectName && r.id !== currentId && (r.task ?? 'classification') === task);
  if (!earlier.length) return null;
  return (
    <fieldset className="tp-runs">
      <legend>Compare with earlier runs</legend>
      {earlier.map(run => (
        <label key={run.id} className="tp-runs__item" title={run.summary}>
          <input type="checkbox" checked={run.visible} onChange={() => toggle(run.id)} />
          <i style={{ borderColor: run.color }} aria-hidden="true" />
          {run.label}
          <span className="tp-note">{run.summary} · {testScore(run)}</span>
        </label>
      ))}
    </fieldset>
  );
}
