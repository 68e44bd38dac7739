import { Modal } from '../components/Modal';
import type { UnsavedChoice } from '../store/dialogPart';

/** "Save changes before …?" with Save, Don't save and Cancel. */
export function UnsavedDialog({
  action,
  projectName,
  onChoose,
}: {
  action: string;
  projectName: string;
  onChoose(choice: UnsavedChoice): void;
}) {
  const footer = (
    <>
      <button type="button" className="btn" onClick={() => onChoose('discard')}>
        Don't save
      </button>
      <span className="spacer" />
      <button type="button" className="btn" onClick={() => onChoose('cancel')}>
        Cancel
      </button>
      <button type="button" className="btn btn--primary" data-autofocus onClick={() => onChoose('save')}>
        Save
      </button>
    </>
  );
  return (
    <Modal title="Unsaved changes" onClose={() => onChoose('cancel')} footer={footer}>
      <p>
        “{projectName}” has changes that are not saved. Save them before {action}?
      </p>
      <p className="field-help">If you don't save, your changes since the last save are lost.</p>
    </Modal>
  );
}
