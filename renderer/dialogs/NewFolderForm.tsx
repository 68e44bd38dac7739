import { useId, useState, type KeyboardEvent } from 'react';
import { errorText } from '../shared/userError';
import { useHost } from '../app/ActionsProvider';
import { folderNameProblem } from './folderName';
import { joinPath } from '../shared/paths';

interface Props {
  /** The folder the new one goes in. */
  dir: string;
  onCreated(path: string): void;
  onCancel(): void;
}

/** The name of a new folder, asked inline; why it cannot be made shows right here, next to Create. */
export function NewFolderForm({ dir, onCreated, onCancel }: Props) {
  const host = useHost();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const messageId = useId();

  const create = async () => {
    const problem = folderNameProblem(name);
    if (problem) return setError(problem);
    setBusy(true);
    try {
      const made = await host.createDirectory({ path: joinPath(dir, name.trim()) });
      onCreated(made.path);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void create();
    } else if (e.key === 'Escape') {
      // Closes this form, not the dialog around it.
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <div className="new-folder" role="group" aria-label="New folder">
      <div className="new-folder__row">
        <input
          className={error ? 'input is-invalid' : 'input'}
          aria-label="New folder name"
          placeholder="Folder name"
          autoFocus
          spellCheck={false}
          value={name}
          disabled={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? messageId : undefined}
          onChange={e => {
            setName(e.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void create()}>
          Create
        </button>
        <button type="button" className="btn" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={messageId} className="field-message is-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
