import { useRef, useState, type ReactNode } from 'react';
import { useUntabbablePortals } from '../../components/untabbablePortals';

/** The numbers behind a chart, computed only when someone opens them. */
interface ChartNumbers {
  columns: string[];
  rows: string[][];
}

interface Props {
  title: string;
  note?: string;
  children?: ReactNode;
  numbers?: () => ChartNumbers;
}

/** A chart's card: title, a fixed-height plot area (empty while the chart mounts) and, on request, its numbers as a table. */
export function ChartFrame({ title, note, children, numbers }: Props) {
  const [open, setOpen] = useState(false);
  const plot = useRef<HTMLDivElement>(null);
  useUntabbablePortals(plot);
  const table = open && numbers ? numbers() : null;
  return (
    <figure className="tp-chart" aria-label={title}>
      <figcaption>
        {title}
        {note && (
          <>
            {' '}
            <span className="tp-note">{note}</span>
          </>
        )}
      </figcaption>
      <div className="tp-chart__plot" ref={plot}>
        {children}
      </div>
      {numbers && (
        <details className="tp-chart__numbers" onToggle={e => setOpen(e.currentTarget.open)}>
          <summary>Numbers</summary>
          {table &&
            (table.rows.length ? (
              <div className="tp-chart__table" role="region" aria-label={`${title}: numbers`} tabIndex={0}>
                <table>
                  <caption className="tp-sr-only">{title}</caption>
                  <thead>
                    <tr>
                      {table.columns.map(c => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {table.rows.map((r, i) => (
                      <tr key={i}>
                        {r.map((v, k) => (
                          <td key={k}>{v}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="tp-note">No points yet.</p>
            ))}
        </details>
      )}
    </figure>
  );
}
