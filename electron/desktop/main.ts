/**
 * The desktop entry: one sandboxed window on the built renderer, and the host service behind
 * ipc. Bundled to dist/electron/main.mjs (electron/desktop/bundle.ts); launched by `npm start`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { APP_ROOT } from '../service/appDirs';
import { createHostService } from '../service/hostService';
import { rendererMissing } from '../shell/rendererMissing';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { APP_ORIGIN, EVENT_CHANNEL } from './channels';
import { createDialogPicker } from './dialogs';
import { registerIpcHandlers } from './ipcHandlers';
import { hardenContents, hardenSession } from './windowSecurity';

const rendererDir = path.join(APP_ROOT, 'dist', 'renderer');
const preload = fileURLToPath(new URL('./preload.cjs', import.meta.url));
let mainWindow: BrowserWindow | null = null;

registerAppScheme(protocol);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenContents(contents, shell));

const service = createHostService({
  host: 'electron',
  appRoot: APP_ROOT,
  pickPath: createDialogPicker(dialog, () => mainWindow),
});
service.onEvent(event => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event);
});

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Convas',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/`);
}

app
  .whenReady()
  .then(() => {
    if (!existsSync(path.join(rendererDir, 'index.html'))) {
      const problem = rendererMissing(rendererDir);
      dialog.showErrorBox('Convas: UI not built', `${problem.message}\n\n${problem.hint}`);
      app.exit(1);
      return;
    }
    hardenSession(session.defaultSession);
    serveRenderer(protocol, rendererDir);
    registerIpcHandlers(ipcMain, service);
    createWindow();
    app.on('activate', () => {
      if (!mainWindow) createWindow();
    });
  })
  .catch(error => {
    console.error('convas: the desktop app failed to start', error);
    app.exit(1);
  });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Training runs get to save their model before the process ends.
let stopped = false;
app.on('before-quit', event => {
  if (stopped) return;
  event.preventDefault();
  stopped = true;
  void service.close().finally(() => app.quit());
});
