import { useId, useState } from 'react';
import type { ReportProblem } from '../../../../engine/core/data/report/types';
import { formatCount } from '../../../shared/format';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const BY_SEVERITY = (a: ReportProblem, b: ReportProblem) =>
  a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1;

/** One problem: severity, message and count; its files fold out (button, so Enter and Space work too). */
function ProblemItem({ problem }: { problem: ReportProblem }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const more = problem.count - problem.files.length;
  const head = (
    <>
      <span className={`dr-severity is-${problem.severity}`}>{problem.severity === 'error' ? 'Error' : 'Warning'}</span>
      <span className="dr-problem__message">{problem.message}</span>
      <span className="dr-problem__count">{formatCount(problem.count)}</span>
    </>
  );
  return (
    <li className={`dr-problem is-${problem.severity}`}>
      {problem.files.length ? (
        <button
          type="button"
          className="dr-problem__head"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(o => !o)}
        >
          <span className="dr-problem__caret" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {head}
        </button>
      ) : (
        <div className="dr-problem__head">
          <span className="dr-problem__caret" aria-hidden="true" />
          {head}
        </div>
      )}
      {open && (
        <ul id={listId} className="dr-problem__files" aria-label={`Files: ${problem.message}`}>
          {problem.files.map((f, i) => (
            <li key={f}>
              <code>{f}</code>
              {problem.reasons?.[i] && <span className="dr-problem__reason"> — {problem.reasons[i]}</span>}
            </li>
          ))}
          {more > 0 && <li className="dr-note">…and {formatCount(more)} more</li>}
        </ul>
      )}
    </li>
  );
}

/** What is wrong with the dataset, errors first; an empty list says so. */
export function ReportProblems({ problems }: { problems: ReportProblem[] }) {
  const sorted = [...problems].sort(BY_SEVERITY);
  const errors = problems.filter(p => p.severity === 'error').length;
  return (
    <section className="dr-section" aria-labelledby="dr-problems-title">
      <h3 id="dr-problems-title" className="dr-heading">
        Problems{' '}
        {problems.length > 0 && (
          <span className="dr-note">
            {plural(errors, 'error')}, {plural(problems.length - errors, 'warning')}
          </span>
        )}
      </h3>
      {sorted.length ? (
        <ul className="dr-problems" aria-labelledby="dr-problems-title">
          {sorted.map(p => (
            <ProblemItem key={`${p.kind}:${p.className ?? ''}:${p.message}`} problem={p} />
          ))}
        </ul>
      ) : (
        <p className="dr-ok" role="status">
          No problems found.
        </p>
      )}
    </section>
  );
}
