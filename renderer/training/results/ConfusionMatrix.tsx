import { memo, useId } from 'react';
import { formatCount } from '../../shared/format';

/** The theme's ok and danger colours as r, g, b (alpha carries the share). */
const GOOD_RGB = '62, 207, 142';
const BAD_RGB = '242, 109, 109';

interface Props {
  /** confusion[true][predicted] counts. */
  confusion: number[][];
  classNames: string[];
}

/**
 * Counts coloured by their share of the true class (row), so a rare class's mistakes show as
 * clearly as a common one's; the diagonal (correct) and the rest use different hues.
 */
export const ConfusionMatrix = memo(function ConfusionMatrix({ confusion, classNames }: Props) {
  const titleId = useId();
  return (
    // Wide matrices scroll sideways: the region takes focus so the keyboard can scroll it too.
    <div className="tp-confusion" role="region" aria-labelledby={titleId} tabIndex={0}>
      <p className="tp-confusion__title" id={titleId}>
        Confusion matrix
      </p>
      <table aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col" className="tp-confusion__axis">
              <span>true ↓</span> <span>predicted →</span>
            </th>
            {classNames.map(name => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {confusion.map((row, t) => {
            const total = row.reduce((a, b) => a + b, 0) || 1;
            return (
              <tr key={t}>
                <th scope="row">{classNames[t] ?? t}</th>
                {row.map((count, p) => {
                  const share = count / total;
                  const hue = t === p ? GOOD_RGB : BAD_RGB;
                  return (
                    <td
                      key={p}
                      style={{ background: `rgba(${hue}, ${count ? 0.08 + share * 0.85 : 0})` }}
                      className={share > 0.55 ? 'is-strong' : undefined}
                      title={`true ${classNames[t] ?? t}, predicted ${classNames[p] ?? p}: ${formatCount(count)} (${(share * 100).toFixed(1)} %)`}
                    >
                      {count ? formatCount(count) : ''}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
