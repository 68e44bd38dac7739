import { useEffect, useId, useState } from 'react';
import { splitPath } from '../shared/paths';
import { useApp } from '../store';
import { selectDirty } from '../store/projectSelectors';
import { checkProjectName } from './projectName';

const REFUSED_SHOWN_MS = 8000;

/**
 * The project name (editable in place), its file, and the unsaved-changes marker. A name the file
 * cannot hold is refused with a message, never swapped silently for the old one.
 */
export function ProjectTitle() {
  const name = useApp(s => s.meta.name);
  const filePath = useApp(s => s.filePath);
  const dirty = useApp(selectDirty);
  const rename = useApp(s => s.setProjectName);
  const [text, setText] = useState(name);
  // Set when a refused name was left (blur): says why the old name is back.
  const [refused, setRefused] = useState<string | null>(null);
  const messageId = useId();
  useEffect(() => setText(name), [name]);
  useEffect(() => {
    if (!refused) return;
    const timer = setTimeout(() => setRefused(null), REFUSED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [refused]);
  const check = checkProjectName(text);
  const message = check.ok ? refused : check.message;

  const commit = (leaving: boolean) => {
    if (check.ok) {
      setRefused(null);
      if (check.name !== name) rename(check.name);
      else setText(name);
    } else if (leaving) {
      setRefused(`Not renamed: ${check.message.charAt(0).toLowerCase()}${check.message.slice(1).replace(/\.$/, '')}.`);
      setText(name);
    }
  };
  return (
    <div className="project-title">
      <input
        className="project-title__name"
        aria-label={`Project name: ${name}`}
        title={name}
        value={text}
        spellCheck={false}
        aria-invalid={check.ok ? undefined : true}
        aria-describedby={message ? messageId : undefined}
        onChange={e => {
          setText(e.target.value);
          setRefused(null);
        }}
        onBlur={() => commit(true)}
        onKeyDown={e => {
          if (e.key === 'Enter' && check.ok) e.currentTarget.blur();
          if (e.key === 'Escape') {
            setText(name);
            setRefused(null);
          }
        }}
      />
      {message && (
        <span id={messageId} className="project-title__message" role="alert">
          {message}
        </span>
      )}
      {dirty && (
        <span className="project-title__dirty" role="img" title="Unsaved changes" aria-label="Unsaved changes">
          •
        </span>
      )}
      <span className="project-title__file" title={filePath ?? 'Not saved yet'}>
        {filePath ? splitPath(filePath).name : 'not saved'}
      </span>
    </div>
  );
}
