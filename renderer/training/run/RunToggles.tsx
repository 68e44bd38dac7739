import { useApp } from '../../store';
import { formatPercent, formatValue } from '../../shared/format';
import { useProjectTraining } from '../../store/projectTraining';
import { settingsDiff } from './runLabels';
import type { Task } from '../../store/session';
import type { FinishedRun } from '../../store/trainingState';

const testScore = (run: FinishedRun) =>
  run.task === 'regression' ? `test MAE ${formatValue(run.testMae)}` : `test ${formatPercent(run.testAccuracy)}`;

/** Earlier runs of this project and task, each one switchable on the charts, with what it did differently. */
export function RunToggles({ currentId, task }: { currentId: string | null; task: Task }) {
  const runs = useProjectTraining(t => t.runs);
  const settings = useApp(s => s.meta.training);
  const toggle = useApp(s => s.toggleRunOverlay);
  const earlier = runs.filter(r => r.id !== currentId && (r.task ?? 'classification') === task);
  if (!earlier.length) return null;
  return (
    <fieldset className="tp-runs">
      <legend>Compare with earlier runs (dashed lines)</legend>
      {earlier.map(run => {
        const diff = settingsDiff(run.training, settings);
        return (
          <label key={run.id} className="tp-runs__item" title={run.summary}>
            <input type="checkbox" checked={run.visible} onChange={() => toggle(run.id)} />
            <i style={{ borderColor: run.color }} aria-hidden="true" />
            {run.label}
            <span className="tp-note">
              {testScore(run)} · {diff.length ? `differed: ${diff.join(', ')}` : 'same settings as now'}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
