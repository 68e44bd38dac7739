import './datasetReport.css';
import { Modal } from '../../../components/Modal';
import { useApp } from '../../../store';
import { ErrorBox } from '../../../components/ErrorBox';
import { ReportProgress } from './ReportProgress';
import { ReportView } from './ReportView';
import { useActions } from '../../../app/ActionsProvider';

/** The dataset report of the project's dataset: progress while the host reads every file, then what it found. */
export function DatasetReportDialog({ onClose }: { onClose(): void }) {
  const report = useApp(s => s.training.report);
  const { loadDatasetReport: reload } = useActions();
  const footer = (
    <>
      <span className="spacer" />
      <button type="button" className="btn" disabled={report.status === 'scanning'} onClick={() => void reload(true)}>
        Read again
      </button>
      <button type="button" className="btn btn--primary" onClick={onClose} data-autofocus>
        Close
      </button>
    </>
  );
  return (
    <Modal title="Dataset report" onClose={onClose} footer={footer} wide>
      <div className="dr" aria-busy={report.status === 'scanning'}>
        {report.status === 'scanning' && <ReportProgress done={report.done} total={report.total} />}
        {report.status === 'error' && (
          <ErrorBox
            title="The dataset cannot be read"
            error={report.error}
            action={{ label: 'Try again', onClick: () => void reload(true) }}
          />
        )}
        {report.status === 'ready' && <ReportView report={report.report} />}
      </div>
    </Modal>
  );
}
