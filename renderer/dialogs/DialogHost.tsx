import { ErrorBoundary } from '../components/ErrorBoundary';
import { Modal } from '../components/Modal';
import { PanelFailure } from '../components/PanelFailure';
import { useApp } from '../store';
import type { DialogRequest } from '../store/dialogPart';
import { TemplatesDialog } from '../project/TemplatesDialog';
import { DatasetReportDialog } from '../training/dataset/report/DatasetReportDialog';
import { FileBrowserDialog } from './FileBrowserDialog';
import { UnsavedDialog } from './UnsavedDialog';

const NAMES: Record<DialogRequest['type'], string> = {
  unsaved: 'Unsaved changes dialog',
  fileBrowser: 'file browser',
  templates: 'Templates dialog',
  datasetReport: 'Dataset report',
};

/** Renders the dialog the store asks for (one at a time); a dialog that fails says so in a dialog that can be closed. */
export function DialogHost() {
  const dialog = useApp(s => s.dialog);
  const close = useApp(s => s.closeDialog);
  if (!dialog) return null;
  return (
    <ErrorBoundary
      key={dialog.type}
      area={NAMES[dialog.type]}
      fallback={failure => (
        <Modal title="This dialog stopped working" onClose={close}>
          <PanelFailure {...failure} />
        </Modal>
      )}
    >
      <OpenDialog dialog={dialog} close={close} />
    </ErrorBoundary>
  );
}

function OpenDialog({ dialog, close }: { dialog: DialogRequest; close(): void }) {
  const name = useApp(s => s.meta.name);
  switch (dialog.type) {
    case 'unsaved':
      return <UnsavedDialog action={dialog.action} projectName={name} onChoose={dialog.resolve} />;
    case 'fileBrowser':
      return <FileBrowserDialog request={dialog.request} onDone={dialog.resolve} />;
    case 'templates':
      return <TemplatesDialog onClose={close} />;
    case 'datasetReport':
      return <DatasetReportDialog onClose={close} />;
  }
}
