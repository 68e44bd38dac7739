import { useMemo } from 'react';
import type { DatasetPreview } from '../../../electron/contract/hostApi';
import { useApp } from '../../store';
import { ErrorBox } from '../../components/ErrorBox';
import { formatCount } from '../../shared/format';
import { datasetFacts } from './datasetSummary';
import { SampleStrip } from './SampleStrip';

const NO_IMAGES: Uint8Array[] = [];

/** Class rows: samples, then images per split with a bar for the training count. */
function ClassTable({ preview }: { preview: DatasetPreview }) {
  const { info, classCounts, samples } = preview;
  const most = Math.max(1, ...classCounts.train);
  const byClass = useMemo(() => {
    const groups: Uint8Array[][] = info.classNames.map(() => []);
    for (const s of samples) groups[s.label]?.push(s.pixels);
    return groups;
  }, [info.classNames, samples]);
  return (
    <table className="tp-classes">
      <caption className="tp-sr-only">Sample images and images per class</caption>
      <thead>
        <tr>
          <th scope="col">Class</th>
          <th scope="col">Samples</th>
          <th scope="col">Train</th>
          <th scope="col">Val</th>
          <th scope="col">Test</th>
        </tr>
      </thead>
      <tbody>
        {info.classNames.map((name, label) => (
          <tr key={label}>
            <th scope="row" className="tp-classes__name">
              {name}
            </th>
            <td className="tp-classes__samples">
              <SampleStrip
                images={byClass[label] ?? NO_IMAGES}
                shape={info.imageShape}
                label={`Sample images of class ${name}`}
                size={26}
              />
            </td>
            <td className="tp-classes__count">
              <span
                className="tp-bar"
                style={{ width: `${(100 * (classCounts.train[label] ?? 0)) / most}%` }}
                aria-hidden="true"
              />
              <span className="tp-classes__num">{formatCount(classCounts.train[label] ?? 0)}</span>
            </td>
            <td className="tp-classes__count">{formatCount(classCounts.validation[label] ?? 0)}</td>
            <td className="tp-classes__count">{formatCount(classCounts.test[label] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DatasetPreviewView({ onRetry }: { onRetry(): void }) {
  const preview = useApp(s => s.training.preview);
  if (preview.status === 'idle') return null;
  if (preview.status === 'loading')
    return (
      <p className="tp-note tp-loading" role="status">
        Reading the dataset…
      </p>
    );
  if (preview.status === 'error') {
    return (
      <ErrorBox
        title="The dataset cannot be read"
        error={preview.error}
        action={{ label: 'Try again', onClick: onRetry }}
      />
    );
  }
  const { info, samples } = preview.preview;
  const regression = info.task === 'regression';
  return (
    <div className="tp-preview">
      <p className="tp-meta">
        {datasetFacts(info).map(fact => (
          <span key={fact}>{fact}</span>
        ))}
      </p>
      {regression ? (
        <SampleStrip images={samples.map(s => s.pixels)} shape={info.imageShape} label="Sample images" size={26} />
      ) : (
        <ClassTable preview={preview.preview} />
      )}
    </div>
  );
}
