import { useEffect, useState } from 'react';
import type { DatasetSpec } from '../../../engine/core/project/schema';
import { useActions } from '../../app/ActionsProvider';
import { useApp } from '../../store';
import { folderDraftOf, folderSpecOf, type FolderDraft } from './imageDatasetDraft';
import { PathField } from './PathField';
import { selectBaseDir } from '../../store/projectSelectors';
import { relativeTo } from '../../shared/paths';
import { ResizeSelect } from './ResizeSelect';
import { useInputShape } from './useInputShape';

/** A folder of images, one subfolder per class (or train/, val/, test/ holding them); saved into the project once named. */
export function FolderDatasetForm({ dataset, disabled }: { dataset: DatasetSpec; disabled: boolean }) {
  const setDataset = useApp(s => s.setDataset);
  const filePath = useApp(s => s.filePath);
  const { pickPath } = useActions();
  const inputShape = useInputShape();
  const [draft, setDraft] = useState<FolderDraft>(() => folderDraftOf(dataset));
  useEffect(() => {
    if (dataset.kind === 'folder') setDraft(folderDraftOf(dataset));
  }, [dataset]);
  const checked = folderSpecOf(draft);

  const commit = (next: FolderDraft = draft) => {
    const result = folderSpecOf(next);
    if (result.ok && JSON.stringify(result.spec) !== JSON.stringify(dataset)) setDataset(result.spec);
  };
  const update = (patch: Partial<FolderDraft>, now = false) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (now) commit(next);
  };
  const browse = async () => {
    const picked = await pickPath({ purpose: 'chooseFolder', ...(draft.path && { defaultPath: draft.path }) });
    if (picked) update({ path: relativeTo(selectBaseDir({ filePath }), picked) }, true);
  };

  return (
    <div className="tp-idx">
      <PathField
        label="Folder path"
        value={draft.path}
        disabled={disabled}
        placeholder="images/ (one subfolder per class)"
        onChange={path => setDraft(d => ({ ...d, path }))}
        onCommit={() => commit()}
        onBrowse={() => void browse()}
      />
      <ResizeSelect
        value={draft.resize}
        inputShape={inputShape}
        disabled={disabled}
        onChange={resize => update({ resize }, true)}
      />
      {!checked.ok && <p className="tp-note">{checked.reason}</p>}
      <p className="tp-note">
        Subfolder names become the class names. PNG, JPEG, WebP, BMP and GIF are read; paths are relative to the project
        file.
      </p>
    </div>
  );
}
