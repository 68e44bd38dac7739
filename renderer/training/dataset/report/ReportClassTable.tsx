import type { DatasetReport } from '../../../../engine/core/data/report/types';
import { formatCount } from '../../../shared/format';

/** Images per class and split, with a bar for each class's share: imbalance shows at a glance. */
export function ReportClassTable({ rows, regression }: { rows: DatasetReport['perClass']; regression: boolean }) {
  const totals = rows.map(r => r.train + r.validation + r.test);
  const most = Math.max(1, ...totals);
  const sum = (k: 'train' | 'validation' | 'test') => rows.reduce((a, r) => a + r[k], 0);
  return (
    <table className="dr-table">
      <caption>{regression ? 'Images per split' : 'Images per class and split'}</caption>
      <thead>
        <tr>
          <th scope="col">{regression ? 'Images' : 'Class'}</th>
          <th scope="col">Train</th>
          <th scope="col">Val</th>
          <th scope="col">Test</th>
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.className}>
            <th scope="row" title={r.className}>
              {r.className}
            </th>
            <td>{formatCount(r.train)}</td>
            <td>{formatCount(r.validation)}</td>
            <td>{formatCount(r.test)}</td>
            <td className="dr-table__total">
              <span className="dr-bar" style={{ width: `${(100 * totals[i]!) / most}%` }} aria-hidden="true" />
              <span>{formatCount(totals[i]!)}</span>
            </td>
          </tr>
        ))}
      </tbody>
      {rows.length > 1 && (
        <tfoot>
          <tr>
            <th scope="row">All</th>
            <td>{formatCount(sum('train'))}</td>
            <td>{formatCount(sum('validation'))}</td>
            <td>{formatCount(sum('test'))}</td>
            <td>{formatCount(totals.reduce((a, b) => a + b, 0))}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
