import { useApp } from '../store';
import { formatPercent } from './format';

/** Earlier runs of this project, each one switchable on the charts. */
export function RunToggles({ currentId }: { currentId: string | null }) {
  const projectName = useApp(s => s.meta.name);
  const runs = useApp(s => s.training.runs);
  const toggle = useApp(s => s.toggleRunOverlay);
  const earlier = runs.filter(r => r.projectName === projectName && r.id !== currentId);
  if (!earlier.length) return null;
  return (
    <fieldset className="tp-runs">
      <legend>Compare with earlier runs</legend>
      {earlier.map(run => (
        <label key={run.id} className="tp-runs__item" title={run.summary}>
          <input type="checkbox" checked={run.visible} onChange={() => toggle(run.id)} />
          <i style={{ borderColor: run.color }} aria-hidden="true" />
          {run.label}
          <span className="tp-note">{run.summary} · test {formatPercent(run.testAccuracy)}</span>
        </label>
      ))}
    </fieldset>
  );
}
