import { useEffect, useState } from 'react';
import type { DatasetSpec } from '../../../engine/core/project/schema';
import { useApp } from '../../store';
import { CsvDatasetForm } from './CsvDatasetForm';
import { DatasetPreviewView } from './DatasetPreviewView';
import { FolderDatasetForm } from './FolderDatasetForm';
import { IdxPathsForm } from './IdxPathsForm';
import { isBusy } from '../../store/session';
import { useProjectTraining } from '../../store/projectTraining';
import { useActions } from '../../app/ActionsProvider';

type Source = DatasetSpec['kind'];

const SOURCES: [Source, string][] = [
  ['builtin', 'Built-in MNIST'],
  ['idx', 'IDX files'],
  ['folder', 'Image folder'],
  ['csv', 'CSV file'],
];

/** Built-in MNIST, IDX files, a folder of images or a CSV, with a preview of what the network will see. */
export function DatasetChooser() {
  const dataset = useApp(s => s.meta.dataset);
  const setDataset = useApp(s => s.setDataset);
  const busy = useProjectTraining(t => isBusy(t.session));
  const { loadDatasetPreview, openDatasetReport } = useActions();
  // A source stays chosen while its form is incomplete (the project keeps its last whole dataset).
  const [source, setSource] = useState<Source>(dataset.kind);
  useEffect(() => setSource(dataset.kind), [dataset.kind]);

  const choose = (next: Source) => {
    setSource(next);
    if (next === 'builtin' && dataset.kind !== 'builtin') setDataset({ kind: 'builtin', name: 'mnist' });
  };
  const chosen = source === dataset.kind;

  return (
    <section className="tp-card" aria-labelledby="tp-dataset-title">
      <div className="tp-card__head">
        <h3 id="tp-dataset-title" className="tp-card__title">
          Dataset
        </h3>
        {chosen && (
          <button
            type="button"
            className="tp-button tp-button--quiet tp-card__action"
            onClick={openDatasetReport}
            title="Read every file: counts per class and split, sizes, samples and problems"
          >
            Report…
          </button>
        )}
      </div>
      <div className="tp-segmented" role="radiogroup" aria-label="Dataset source">
        {SOURCES.map(([value, label]) => (
          <label key={value} className={source === value ? 'is-on' : undefined}>
            <input
              type="radio"
              name="tp-dataset-source"
              value={value}
              checked={source === value}
              disabled={busy}
              onChange={() => choose(value)}
            />
            {label}
          </label>
        ))}
      </div>
      {source === 'builtin' && (
        <p className="tp-note">10,000 handwritten digits (28 × 28, grey), 2,000 of them held out for testing.</p>
      )}
      {source === 'idx' && <IdxPathsForm dataset={dataset} disabled={busy} />}
      {source === 'folder' && <FolderDatasetForm dataset={dataset} disabled={busy} />}
      {source === 'csv' && <CsvDatasetForm dataset={dataset} disabled={busy} />}
      {chosen && <DatasetPreviewView onRetry={() => void loadDatasetPreview(true)} />}
    </section>
  );
}
