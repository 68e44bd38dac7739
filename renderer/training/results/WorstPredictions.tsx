import { memo, useId, useMemo } from 'react';
import type { RegressionMetrics } from '../../../engine/core/train/protocol';
import { formatValue } from '../../shared/format';
import { PixelImage } from '../PixelImage';
import { absoluteError, predictionLines } from './regressionData';

interface Props {
  worst: RegressionMetrics['worst'];
  imageShape: readonly number[];
  targetNames: readonly string[];
}

/** The test images the model missed by most, each with its truth and prediction: where to look for a pattern. */
export const WorstPredictions = memo(function WorstPredictions({ worst, imageShape, targetNames }: Props) {
  const titleId = useId();
  const items = useMemo(() => worst.map(w => ({ ...w, lines: predictionLines(w, targetNames) })), [worst, targetNames]);
  if (!items.length) return null;
  return (
    <section className="tp-worst" aria-labelledby={titleId}>
      <p className="tp-confusion__title" id={titleId}>
        Worst predictions
      </p>
      <ol className="tp-worst__list">
        {items.map(item => (
          <li key={item.index} className="tp-worst__item">
            <PixelImage
              pixels={item.image}
              shape={imageShape}
              size={56}
              label={`Test image ${item.index}: ${item.lines.join('; ')}`}
            />
            <div className="tp-worst__text">
              {item.lines.map(line => (
                <span key={line}>{line}</span>
              ))}
              <span className="tp-worst__error">off by {formatValue(absoluteError(item))}</span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
});
