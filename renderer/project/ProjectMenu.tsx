import { useState } from 'react';
import { Menu, type MenuEntry } from '../components/Menu';
import { splitPath } from '../shared/paths';
import { useActions } from '../app/ActionsProvider';
import { useApp } from '../store';

const RECENT_SHOWN = 8;

/** New, Open…, Save, Save As…, the recent files and the templates gallery. */
export function ProjectMenu() {
  const { host, newProject, openProject, importModel, saveProject, saveProjectAs, saveProjectBundle } = useActions();
  const [recent, setRecent] = useState<string[]>([]);
  const openDialog = useApp(s => s.openDialog);
  const loadRecent = () => {
    host.recentProjects({}).then(setRecent, () => setRecent([]));
  };
  const entries: MenuEntry[] = [
    { label: 'New project', onSelect: () => void newProject() },
    { label: 'Open…', shortcut: 'Mod+O', onSelect: () => void openProject() },
    { label: 'Templates…', onSelect: () => openDialog({ type: 'templates' }) },
    {
      label: 'Import model…',
      title: 'Open a TensorFlow.js model (model.json + weights) or an ONNX model as an editable graph',
      onSelect: () => void importModel(),
    },
    'separator',
    { label: 'Save', shortcut: 'Mod+S', onSelect: () => void saveProject() },
    { label: 'Save As…', shortcut: 'Mod+Shift+S', onSelect: () => void saveProjectAs() },
    { label: 'Save as bundle…', onSelect: () => void saveProjectBundle() },
    'separator',
    { heading: 'Recent' },
    ...(recent.length
      ? recent
          .slice(0, RECENT_SHOWN)
          .map(path => ({ label: splitPath(path).name, title: path, onSelect: () => void openProject(path) }))
      : [{ label: 'No recent projects', disabled: true, onSelect: () => {} }]),
  ];
  return <Menu label="Project" entries={entries} onOpen={loadRecent} />;
}
