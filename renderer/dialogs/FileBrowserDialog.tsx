import { useMemo, useRef, useState } from 'react';
import { Modal } from '../components/Modal';
import { Icon } from '../components/Icon';
import { FileList } from './FileList';
import { NewFolderForm } from './NewFolderForm';
import type { PathRequest } from './pathRequest';
import { browserChoice } from './browserChoice';
import { PathBox } from './PathBox';
import { joinPath, PROJECT_EXTENSION, splitPath } from '../shared/paths';
import { useDirectory } from './useDirectory';

const TITLES = {
  openProject: 'Open project',
  saveProject: 'Save project as',
  chooseFolder: 'Choose a folder',
  chooseFile: 'Choose a file',
};

/** The in-app file browser of the host's disk (the browser shell has no native dialogs). */
export function FileBrowserDialog({ request, onDone }: { request: PathRequest; onDone(path: string | null): void }) {
  const saving = request.purpose === 'saveProject';
  const start = useMemo(() => {
    if (!request.defaultPath) return { dir: undefined, name: '' };
    const looksLikeFile = /\.[a-z0-9]+$/i.test(request.defaultPath);
    return looksLikeFile ? splitPath(request.defaultPath) : { dir: request.defaultPath, name: '' };
  }, [request.defaultPath]);
  const { listing, error, loading, open } = useDirectory(start.dir || undefined, request.extensions);
  const [selected, setSelected] = useState<string | null>(null);
  const [fileName, setFileName] = useState(saving ? start.name : '');
  const [showHidden, setShowHidden] = useState(false);
  const [naming, setNaming] = useState(false);
  const newFolderButton = useRef<HTMLButtonElement>(null);
  const browser = useRef<HTMLDivElement>(null);

  const entries = (listing?.entries ?? []).filter(e => showHidden || !e.name.startsWith('.'));
  const selectedEntry = entries.find(e => e.name === selected);
  const go = (path: string | undefined) => {
    setSelected(null);
    setNaming(false);
    void open(path);
  };
  const created = (path: string) => {
    setNaming(false);
    setSelected(null);
    // In the new folder, focus the list: the form that had focus is gone.
    void open(path).then(() => browser.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus());
  };
  const stopNaming = () => {
    setNaming(false);
    newFolderButton.current?.focus();
  };
  const up = () => listing?.parent && go(listing.parent);

  const chosen =
    listing &&
    browserChoice({
      purpose: request.purpose,
      dir: listing.path,
      selected: selectedEntry,
      fileName,
      ...(request.extensions && { extensions: request.extensions }),
    });
  const exists = saving && chosen && entries.some(e => e.kind === 'file' && joinPath(listing!.path, e.name) === chosen);

  const activate = (entry: { name: string; kind: 'file' | 'directory' }) => {
    if (!listing) return;
    if (entry.kind === 'directory') go(joinPath(listing.path, entry.name));
    else if (saving) setFileName(entry.name);
    else if (request.purpose !== 'chooseFolder') onDone(joinPath(listing.path, entry.name));
  };
  const select = (name: string) => {
    setSelected(name);
    if (saving && entries.find(e => e.name === name)?.kind === 'file') setFileName(name);
  };

  const footer = (
    <>
      <label className="check">
        <input type="checkbox" checked={showHidden} onChange={e => setShowHidden(e.target.checked)} /> Show hidden
      </label>
      <span className="spacer" />
      <button type="button" className="btn" onClick={() => onDone(null)}>
        Cancel
      </button>
      <button type="button" className="btn btn--primary" disabled={!chosen} onClick={() => chosen && onDone(chosen)}>
        {saving ? 'Save' : request.purpose === 'chooseFolder' ? 'Choose folder' : 'Open'}
      </button>
    </>
  );
  return (
    <Modal title={request.title ?? TITLES[request.purpose]} onClose={() => onDone(null)} footer={footer} wide>
      <div className="file-browser" ref={browser}>
        <div className="file-browser__bar">
          <button
            type="button"
            className="icon-btn"
            aria-label="Parent folder"
            title="Parent folder (Backspace)"
            disabled={!listing?.parent}
            onClick={up}
          >
            <Icon name="up" />
          </button>
          <PathBox path={listing?.path ?? ''} onGo={go} />
          <button
            ref={newFolderButton}
            type="button"
            className="btn"
            disabled={!listing}
            aria-expanded={naming}
            title="Make a folder here"
            onClick={() => setNaming(true)}
          >
            <Icon name="folder" /> New folder
          </button>
        </div>
        {naming && listing && <NewFolderForm dir={listing.path} onCreated={created} onCancel={stopNaming} />}
        {error && (
          <p className="field-message is-error" role="alert">
            {error}
          </p>
        )}
        <div className={loading ? 'file-browser__list is-loading' : 'file-browser__list'}>
          <FileList
            entries={entries}
            selected={selected}
            onSelect={select}
            onActivate={activate}
            onUp={up}
            autoFocus={!saving}
          />
        </div>
        {saving && (
          <label className="field file-browser__name">
            <span>File name</span>
            <input
              className="input"
              value={fileName}
              onChange={e => setFileName(e.target.value)}
              data-autofocus
              placeholder={`name${PROJECT_EXTENSION}`}
              onKeyDown={e => {
                if (e.key === 'Enter' && chosen) onDone(chosen);
              }}
            />
          </label>
        )}
        {exists && <p className="field-message is-warning">A file with this name exists here; saving replaces it.</p>}
      </div>
    </Modal>
  );
}
