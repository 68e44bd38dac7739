import type { DatasetReport } from '../../../../engine/core/data/report/types';
import { formatValue } from '../../../shared/format';

/** Regression targets: their range and mean, to see what a good error would be. */
export function ReportTargets({ targets }: { targets: NonNullable<DatasetReport['targets']> }) {
  return (
    <section className="dr-section">
      <table className="dr-table dr-table--compact">
        <caption>Targets</caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Min</th>
            <th scope="col">Mean</th>
            <th scope="col">Max</th>
          </tr>
        </thead>
        <tbody>
          {targets.map(t => (
            <tr key={t.name}>
              <th scope="row">{t.name}</th>
              <td>{formatValue(t.min)}</td>
              <td>{formatValue(t.mean)}</td>
              <td>{formatValue(t.max)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
