import type { ReactNode } from 'react';

/** A chart's card: title and a fixed-height plot area (empty while the chart mounts). */
export function ChartFrame({ title, note, children }: { title: string; note?: string; children?: ReactNode }) {
  return (
    <figure className="tp-chart" aria-label={title}>
      <figcaption>{title}{note && <> <span className="tp-note">{note}</span></>}</figcaption>
      <div className="tp-chart__plot">{children}</div>
    </figure>
  );
}
