import { useState } from 'react';
import { exportFormatInfo } from '../../engine/export/formatInfo';
import type { ExportFormat } from '../../engine/export/formats';
import { pickPath } from '../dialogs/usePathPicker';
import { useApp } from '../store';
import { ClassificationResult } from './ClassificationResult';
import { ErrorBox } from './ErrorBox';
import { ExportFormatList } from './ExportFormatList';
import { RegressionResult } from './RegressionResult';

/** What a finished run achieved on the test split (per task), and the way out: export. */
export function RunResult() {
  const session = useApp(s => s.training.session);
  const exported = useApp(s => s.training.exported);
  const exportRun = useApp(s => s.exportRun);
  const [format, setFormat] = useState<ExportFormat>('tfjs');
  // The format of the last export, for its message, whatever is picked since.
  const [exportedFormat, setExportedFormat] = useState<ExportFormat>('tfjs');
  if (session.phase !== 'done') return null;
  const { test, outDir } = session.result;
  const { classNames, imageShape, targetNames } = session.info.dataset;

  const chooseAndExport = async () => {
    const chosen = format;
    const folder = await pickPath({ purpose: 'chooseFolder' });
    if (!folder) return;
    setExportedFormat(chosen);
    await exportRun(folder, chosen);
  };

  return (
    <section className="tp-card tp-result" aria-labelledby="tp-result-title">
      <div className="tp-card__head">
        <h3 id="tp-result-title" className="tp-card__title">Result</h3>
        <button type="button" className="tp-button tp-button--primary" onClick={() => void chooseAndExport()}
          disabled={exported.status === 'exporting'} aria-busy={exported.status === 'exporting'}>
          Export
        </button>
      </div>
      {test?.task === 'regression' ? (
        <RegressionResult test={test} imageShape={imageShape} targetNames={targetNames ?? []} />
      ) : test ? (
        <ClassificationResult test={test} classNames={classNames} />
      ) : (
        <p className="tp-note">No test metrics: the run stopped before training on any batch, or the dataset has no test split.</p>
      )}
      <p className="tp-note">Trained model and run record: <code>{outDir}</code></p>
      <ExportFormatList value={format} onChange={setFormat} disabled={exported.status === 'exporting'} />
      {exported.status === 'done' && (
        <p className="tp-success" role="status">
          Exported {exportFormatInfo(exportedFormat).label} model to <code>{exported.outDir}</code> ({exported.files.join(', ')})
        </p>
      )}
      {exported.status === 'error' && <ErrorBox title="Export failed" error={exported.error} />}
    </section>
  );
}
