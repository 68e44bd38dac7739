import { useApp } from '../../store';
import { datasetFacts } from '../dataset/datasetSummary';

const SOURCE_NAMES = { builtin: 'Built-in MNIST', idx: 'IDX files', folder: 'Image folder', csv: 'CSV file' } as const;

/** What Train will train on, in one line beside the button: the dataset is always in view. */
export function TrainsOnLine() {
  const kind = useApp(s => s.meta.dataset.kind);
  const preview = useApp(s => s.training.preview);
  const facts =
    preview.status === 'ready'
      ? datasetFacts(preview.preview.info)
      : preview.status === 'loading'
        ? ['reading…']
        : preview.status === 'error'
          ? ['cannot be read (see Dataset)']
          : [];
  return (
    <p className="tp-meta tp-trains-on">
      <span>Dataset: {SOURCE_NAMES[kind]}</span>
      {facts.map(fact => (
        <span key={fact}>{fact}</span>
      ))}
    </p>
  );
}
