import '../results/regression.css';
import type { SkippedFiles } from '../../store/session';

/** Files the run could not read and left out: a warning, not an error (the run goes on without them). */
export function SkippedFilesNote({ skipped }: { skipped: SkippedFiles }) {
  const more = skipped.total - skipped.files.length;
  return (
    <details className="tp-skipped" role="note" aria-label="Skipped files">
      <summary>
        ⚠ {skipped.total.toLocaleString('en-US')} {skipped.total === 1 ? 'file' : 'files'} could not be read and{' '}
        {skipped.total === 1 ? 'was' : 'were'} left out
      </summary>
      <ul>
        {skipped.files.map(f => (
          <li key={f.path}>
            <code>{f.path}</code> — {f.reason}
          </li>
        ))}
        {more > 0 && <li>…and {more.toLocaleString('en-US')} more</li>}
      </ul>
    </details>
  );
}
