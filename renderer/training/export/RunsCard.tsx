import { useMemo, useState } from 'react';
import { exportFormatInfo, type ExportFormat } from '../../../engine/core/export/formats';
import { useApp } from '../../store';
import { ErrorBox } from '../../components/ErrorBox';
import { ExportFormatList } from './ExportFormatList';
import { useProjectTraining } from '../../store/projectTraining';
import { runLabel } from '../run/runLabels';
import { chosenRun, diskRuns, trainedEarlierGraph } from '../run/runList';
import { useActions } from '../../app/ActionsProvider';

/** The open project's runs on disk: which one to use, whether it trained this graph, and Export. */
export function RunsCard() {
  const disk = useProjectTraining(t => t.disk);
  const exported = useProjectTraining(t => t.exported);
  const all = useProjectTraining(diskRuns);
  const run = useProjectTraining(chosenRun);
  const nodes = useApp(s => s.nodes);
  const edges = useApp(s => s.edges);
  const { chooseRun, refreshRuns, exportRun, pickPath } = useActions();
  const [format, setFormat] = useState<ExportFormat>('tfjs');
  const usable = useMemo(() => all.filter(r => r.hasModel), [all]);
  const exporting = exported.status === 'exporting';

  const chooseAndExport = async () => {
    const folder = await pickPath({ purpose: 'chooseFolder' });
    if (folder) await exportRun(folder, format);
  };

  return (
    <section className="tp-card tp-runs-card" aria-labelledby="tp-runs-title">
      <div className="tp-card__head">
        <h3 id="tp-runs-title" className="tp-card__title">
          Runs of this project{all.length ? ` (${all.length})` : ''}
        </h3>
        <button
          type="button"
          className="tp-button tp-button--quiet tp-card__action"
          onClick={() => void refreshRuns()}
          disabled={disk.status === 'loading'}
          aria-busy={disk.status === 'loading'}
        >
          Refresh
        </button>
      </div>
      {disk.status === 'error' && <ErrorBox title="The runs could not be listed" error={disk.error} />}
      {disk.status === 'loading' && !all.length && (
        <p className="tp-note" role="status">
          Looking for this project’s runs…
        </p>
      )}
      {disk.status === 'ready' && !all.length && (
        <p className="tp-note">
          No trained run of this project yet. Train it to see its results here and to export it.
        </p>
      )}
      {all.length > 0 && !run && (
        <p className="tp-note">No run of this project saved a model yet (each stopped before its first epoch ended).</p>
      )}
      {run && (
        <>
          <label className="tp-field">
            <span>Run to export or bundle</span>
            <select value={run.runId} onChange={e => chooseRun(e.target.value)} disabled={exporting}>
              {usable.map(r => (
                <option key={r.runId} value={r.runId}>
                  {runLabel(r)}
                  {trainedEarlierGraph(r, { nodes, edges }) ? ' · earlier graph' : ''}
                </option>
              ))}
            </select>
          </label>
          {trainedEarlierGraph(run, { nodes, edges }) && (
            <p className="tp-note tp-stale" role="note">
              Trained on an earlier version of this graph: its export is the graph it trained (
              {run.params.toLocaleString('en-US')} params), not the one on the canvas.
            </p>
          )}
          <ExportFormatList value={format} onChange={setFormat} disabled={exporting} />
          <div className="tp-export__actions">
            <button
              type="button"
              className="tp-button tp-button--primary"
              onClick={() => void chooseAndExport()}
              disabled={exporting}
              aria-busy={exporting}
            >
              Export…
            </button>
            <span className="tp-note">
              Writes {exportFormatInfo(format).label} into a folder you choose (a new one is created).
            </span>
          </div>
          {exported.status === 'exporting' && (
            <p className="tp-note" role="status">
              Exporting…
            </p>
          )}
          {exported.status === 'done' && (
            <p className="tp-success" role="status">
              Exported {exportFormatInfo(exported.format).label} model to <code>{exported.outDir}</code> (
              {exported.files.join(', ')})
            </p>
          )}
          {exported.status === 'error' && <ErrorBox title="Export failed" error={exported.error} />}
        </>
      )}
    </section>
  );
}
