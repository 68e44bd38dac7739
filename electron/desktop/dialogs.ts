/** pickPath through Electron's native dialogs. */
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { PathPicker } from '../service/serviceContext';

// Dialogs match one extension; every *.convas.json is a *.json.
const PROJECT_FILTERS = [
  { name: 'Convas project (*.convas.json)', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];
const OPEN_FILTERS = [
  { name: 'Convas project or bundle (*.convas.json, *.convas)', extensions: ['json', 'convas'] },
  ...PROJECT_FILTERS,
];
// "Save as bundle…" asks with a default path ending in .convas.
const BUNDLE_FILTERS = [
  { name: 'Convas bundle (*.convas)', extensions: ['convas'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * @example const pickPath = createDialogPicker(dialog, () => mainWindow);
 */
export function createDialogPicker(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  parent: () => BrowserWindow | null,
): PathPicker {
  const open = (options: OpenDialogOptions) => {
    const window = parent();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  const save = (options: SaveDialogOptions) => {
    const window = parent();
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  };
  return async ({ purpose, defaultPath }) => {
    const where = defaultPath ? { defaultPath } : {};
    if (purpose === 'saveProject') {
      const bundle = defaultPath?.toLowerCase().endsWith('.convas') ?? false;
      const r = await save({
        title: bundle ? 'Save as bundle' : 'Save project',
        filters: bundle ? BUNDLE_FILTERS : PROJECT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
        ...where,
      });
      return { supported: true, path: r.canceled || !r.filePath ? null : r.filePath };
    }
    const r = await open(
      purpose === 'chooseFolder'
        ? { title: 'Choose a folder', properties: ['openDirectory', 'createDirectory'], ...where }
        : purpose === 'openProject'
          ? { title: 'Open project', filters: OPEN_FILTERS, properties: ['openFile'], ...where }
          : { title: 'Choose a file', properties: ['openFile'], ...where },
    );
    return { supported: true, path: r.canceled ? null : (r.filePaths[0] ?? null) };
  };
}
