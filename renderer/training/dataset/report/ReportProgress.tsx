import { formatCount } from '../../../shared/format';

/** How far the host has read; before it has listed the files it knows no total yet. */
export function ReportProgress({ done, total }: { done: number; total: number }) {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div className="dr-progress">
      <p className="dr-progress__text" role="status">
        {total > 0 ? `Reading files… ${formatCount(done)} of ${formatCount(total)}` : 'Listing the files…'}
      </p>
      <div
        className="dr-progress__bar"
        role="progressbar"
        aria-label="Reading the dataset"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
      >
        <div style={{ transform: `scaleX(${share})` }} />
      </div>
    </div>
  );
}
