import { ReactFlowProvider } from '@xyflow/react';
import { BottomDock } from './components/BottomDock';
import { NoticeToast } from './components/NoticeToast';
import { DialogHost } from './dialogs/DialogHost';
import { Canvas } from './editor/Canvas';
import { Palette } from './editor/Palette';
import { Sidebar } from './editor/Sidebar';
import { useShortcuts } from './editor/useShortcuts';
import { TopBar } from './project/TopBar';
import { useDocumentTitle } from './project/useDocumentTitle';
import { useHostFacts } from './project/useHostFacts';

export function App() {
  useShortcuts();
  useDocumentTitle();
  useHostFacts();
  return (
    <ReactFlowProvider>
      <div className="app">
        <TopBar />
        <Palette />
        <main className="workspace" aria-label="Editor">
          <Canvas />
        </main>
        <Sidebar />
        <BottomDock />
        <NoticeToast />
        <DialogHost />
      </div>
    </ReactFlowProvider>
  );
}
