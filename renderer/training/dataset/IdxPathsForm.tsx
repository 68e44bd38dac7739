import { useEffect, useId, useState } from 'react';
import type { DatasetSpec } from '../../../engine/core/project/schema';
import { useActions } from '../../app/ActionsProvider';
import { useApp } from '../../store';
import { draftOf, IDX_FIELDS, specOf, type IdxDraft } from './idxDraft';
import { PathField } from './PathField';
import { selectBaseDir } from '../../store/projectSelectors';
import { relativeTo } from '../../shared/paths';

const IDX_EXTENSIONS = ['ubyte', '.gz', '.idx'];

/** Four IDX paths (test pair optional) and class names; saved into the project once complete. */
export function IdxPathsForm({ dataset, disabled }: { dataset: DatasetSpec; disabled: boolean }) {
  const setDataset = useApp(s => s.setDataset);
  const filePath = useApp(s => s.filePath);
  const { pickPath } = useActions();
  const [draft, setDraft] = useState<IdxDraft>(() => draftOf(dataset));
  const classNamesId = useId();
  useEffect(() => {
    if (dataset.kind === 'idx') setDraft(draftOf(dataset));
  }, [dataset]);
  const checked = specOf(draft);

  const commit = (next: IdxDraft = draft) => {
    const result = specOf(next);
    if (result.ok && JSON.stringify(result.spec) !== JSON.stringify(dataset)) setDataset(result.spec);
  };
  const browse = async (field: keyof IdxDraft) => {
    const picked = await pickPath({ purpose: 'chooseFile', extensions: IDX_EXTENSIONS });
    if (!picked) return;
    const next = { ...draft, [field]: relativeTo(selectBaseDir({ filePath }), picked) };
    setDraft(next);
    commit(next);
  };

  return (
    <div className="tp-idx">
      {IDX_FIELDS.map(([field, label]) => (
        <PathField
          key={field}
          label={label}
          value={draft[field]}
          disabled={disabled}
          placeholder={field.startsWith('train') ? 'train-…-ubyte(.gz)' : 't10k-…-ubyte(.gz)'}
          onChange={value => setDraft(d => ({ ...d, [field]: value }))}
          onCommit={() => commit()}
          onBrowse={() => void browse(field)}
        />
      ))}
      <div className="tp-field">
        <label htmlFor={classNamesId}>Class names (optional, comma separated)</label>
        <input
          id={classNamesId}
          type="text"
          value={draft.classNames}
          disabled={disabled}
          placeholder="cat, dog, …"
          onChange={e => setDraft(d => ({ ...d, classNames: e.target.value }))}
          onBlur={() => commit()}
        />
      </div>
      {!checked.ok && <p className="tp-note">{checked.reason}</p>}
      <p className="tp-note">
        Paths are relative to the project file; <code>.gz</code> files are read as they are.
      </p>
    </div>
  );
}
