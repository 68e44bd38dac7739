import { useEffect, useId, useState } from 'react';
import type { DatasetSpec } from '../../../engine/core/project/schema';
import { useActions } from '../../app/ActionsProvider';
import { useApp } from '../../store';
import { csvDraftOf, csvSpecOf, type CsvDraft } from './imageDatasetDraft';
import { PathField } from './PathField';
import { selectBaseDir } from '../../store/projectSelectors';
import { relativeTo } from '../../shared/paths';
import { ResizeSelect } from './ResizeSelect';
import { useInputShape } from './useInputShape';

/** A CSV of image paths and labels (classification) or numbers (regression); saved into the project once complete. */
export function CsvDatasetForm({ dataset, disabled }: { dataset: DatasetSpec; disabled: boolean }) {
  const setDataset = useApp(s => s.setDataset);
  const filePath = useApp(s => s.filePath);
  const { pickPath } = useActions();
  const inputShape = useInputShape();
  const [draft, setDraft] = useState<CsvDraft>(() => csvDraftOf(dataset));
  const ids = { image: useId(), label: useId(), task: useId() };
  useEffect(() => {
    if (dataset.kind === 'csv') setDraft(csvDraftOf(dataset));
  }, [dataset]);
  const checked = csvSpecOf(draft);
  const regression = draft.task === 'regression';

  const commit = (next: CsvDraft = draft) => {
    const result = csvSpecOf(next);
    if (result.ok && JSON.stringify(result.spec) !== JSON.stringify(dataset)) setDataset(result.spec);
  };
  const update = (patch: Partial<CsvDraft>, now = false) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (now) commit(next);
  };
  const text = (field: 'imageColumn' | 'labelColumns') => ({
    value: draft[field],
    disabled,
    spellCheck: false,
    onChange: (e: { target: { value: string } }) => update({ [field]: e.target.value }),
    onBlur: () => commit(),
    onKeyDown: (e: { key: string }) => {
      if (e.key === 'Enter') commit();
    },
  });
  const browse = async () => {
    const picked = await pickPath({ purpose: 'chooseFile', extensions: ['.csv'] });
    if (picked) update({ path: relativeTo(selectBaseDir({ filePath }), picked) }, true);
  };

  return (
    <div className="tp-idx">
      <PathField
        label="CSV file path"
        value={draft.path}
        disabled={disabled}
        placeholder="labels.csv"
        onChange={path => setDraft(d => ({ ...d, path }))}
        onCommit={() => commit()}
        onBrowse={() => void browse()}
      />
      <div className="tp-grid">
        <div className="tp-field">
          <label htmlFor={ids.image}>Image column</label>
          <input id={ids.image} type="text" placeholder="file" {...text('imageColumn')} />
        </div>
        <div className="tp-field">
          <label htmlFor={ids.task}>Task</label>
          <select
            id={ids.task}
            value={draft.task}
            disabled={disabled}
            onChange={e => update({ task: e.target.value as CsvDraft['task'] }, true)}
          >
            <option value="classification">Classification</option>
            <option value="regression">Regression</option>
          </select>
        </div>
      </div>
      <div className="tp-field">
        <label htmlFor={ids.label}>{regression ? 'Target column(s), comma separated' : 'Label column'}</label>
        <input id={ids.label} type="text" placeholder={regression ? 'age' : 'label'} {...text('labelColumns')} />
      </div>
      <ResizeSelect
        value={draft.resize}
        inputShape={inputShape}
        disabled={disabled}
        onChange={resize => update({ resize }, true)}
      />
      {!checked.ok && <p className="tp-note">{checked.reason}</p>}
      <p className="tp-note">The first row names the columns; image paths in the CSV are relative to its folder.</p>
    </div>
  );
}
