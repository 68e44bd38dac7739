import { useEffect, useState } from 'react';
import { useApp } from '../store';
import { DatasetPreviewView } from './DatasetPreviewView';
import { IdxPathsForm } from './IdxPathsForm';
import { isBusy } from './session';

type Source = 'builtin' | 'idx';

/** Built-in MNIST or IDX files, with a preview of what the network will see. */
export function DatasetChooser() {
  const dataset = useApp(s => s.meta.dataset);
  const filePath = useApp(s => s.filePath);
  const setDataset = useApp(s => s.setDataset);
  const busy = useApp(s => isBusy(s.training.session));
  const loadDatasetPreview = useApp(s => s.loadDatasetPreview);
  // IDX stays chosen while its paths are incomplete (the project keeps its last whole dataset).
  const [source, setSource] = useState<Source>(dataset.kind);
  useEffect(() => setSource(dataset.kind), [dataset.kind]);
  useEffect(() => { void loadDatasetPreview(); }, [dataset, filePath, loadDatasetPreview]);

  const choose = (next: Source) => {
    setSource(next);
    if (next === 'builtin' && dataset.kind !== 'builtin') setDataset({ kind: 'builtin', name: 'mnist' });
  };

  return (
    <section className="tp-card" aria-labelledby="tp-dataset-title">
      <h3 id="tp-dataset-title" className="tp-card__title">Dataset</h3>
      <div className="tp-segmented" role="radiogroup" aria-label="Dataset source">
        {([['builtin', 'Built-in MNIST'], ['idx', 'IDX files']] as const).map(([value, label]) => (
          <label key={value} className={source === value ? 'is-on' : undefined}>
            <input type="radio" name="tp-dataset-source" value={value} checked={source === value} disabled={busy}
              onChange={() => choose(value)} />
            {label}
          </label>
        ))}
      </div>
      {source === 'builtin'
        ? <p className="tp-note">10,000 handwritten digits (28 × 28, grey), 2,000 of them held out for testing.</p>
        : <IdxPathsForm dataset={dataset} disabled={busy} />}
      {source === dataset.kind && <DatasetPreviewView onRetry={() => void loadDatasetPreview(true)} />}
    </section>
  );
}
