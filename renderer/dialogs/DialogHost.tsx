import { useApp } from '../store';
import { TemplatesDialog } from '../project/TemplatesDialog';
import { DatasetReportDialog } from '../training/report/DatasetReportDialog';
import { FileBrowserDialog } from './FileBrowserDialog';
import { UnsavedDialog } from './UnsavedDialog';

/** Renders the dialog the store asks for (one at a time). */
export function DialogHost() {
  const dialog = useApp(s => s.dialog);
  const name = useApp(s => s.meta.name);
  const close = useApp(s => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.type) {
    case 'unsaved': return <UnsavedDialog action={dialog.action} projectName={name} onChoose={dialog.resolve} />;
    case 'fileBrowser': return <FileBrowserDialog request={dialog.request} onDone={dialog.resolve} />;
    case 'templates': return <TemplatesDialog onClose={close} />;
    case 'datasetReport': return <DatasetReportDialog onClose={close} />;
  }
}
