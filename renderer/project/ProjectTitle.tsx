import { useEffect, useState } from 'react';
import { splitPath } from '../dialogs/pathUtils';
import { useApp } from '../store';
import { selectDirty } from '../store/projectSelectors';

/** The project name (editable in place), its file, and the unsaved-changes marker. */
export function ProjectTitle() {
  const name = useApp(s => s.meta.name);
  const filePath = useApp(s => s.filePath);
  const dirty = useApp(selectDirty);
  const rename = useApp(s => s.setProjectName);
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  const commit = () => {
    const t = text.trim();
    if (t && t !== name && t.length <= 200) rename(t);
    else setText(name);
  };
  return (
    <div className="project-title">
      <input
        className="project-title__name" aria-label="Project name" value={text} spellCheck={false}
        onChange={e => setText(e.target.value)} onBlur={commit}
        onKeyDown={e => { if (e.key === 'Enter') e.currentTarget.blur(); if (e.key === 'Escape') { setText(name); } }}
      />
      {dirty && <span className="project-title__dirty" title="Unsaved changes" aria-label="Unsaved changes">•</span>}
      <span className="project-title__file" title={filePath ?? 'Not saved yet'}>{filePath ? splitPath(filePath).name : 'not saved'}</span>
    </div>
  );
}
