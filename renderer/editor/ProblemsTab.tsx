import { Icon } from '../components/Icon';
import { useApp } from '../store';
import { sortProblems } from '../store/nodeProblems';
import { useAnalysis } from '../store/useAnalysis';

/** Every problem of the graph; choosing one selects its node and centres the view on it. */
export function ProblemsTab() {
  const analysis = useAnalysis();
  const focusNode = useApp(s => s.focusNode);
  const problems = sortProblems(analysis.problems);
  if (!problems.length) {
    return (
      <p className="problems__none">
        <Icon name="check" /> No problems: the network is ready to train.
      </p>
    );
  }
  return (
    <ul className="problems" aria-label="Problems">
      {problems.map((p, i) => (
        <li key={`${p.code}${p.nodeId ?? ''}${i}`}>
          <button
            type="button"
            className={`problem-card is-${p.severity}`}
            disabled={!p.nodeId}
            onClick={() => p.nodeId && focusNode(p.nodeId)}
            title={p.nodeId ? `Select ${p.nodeId}` : undefined}
          >
            <span className="problem-card__code">
              {p.severity === 'error' ? 'Error' : 'Warning'} · {p.code}
            </span>
            <span className="problem-card__message">{p.message}</span>
            <span className="problem-card__hint">{p.hint}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
