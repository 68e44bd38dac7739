import { ReactFlowProvider } from '@xyflow/react';
import { BottomDock } from './components/BottomDock';
import { ErrorBoundary } from './components/ErrorBoundary';
import { NoticeToast } from './components/NoticeToast';
import { DialogHost } from './dialogs/DialogHost';
import { Canvas } from './editor/Canvas';
import { Palette } from './editor/Palette';
import { Sidebar } from './editor/Sidebar';
import { useShortcuts } from './editor/useShortcuts';
import { TopBar } from './project/TopBar';
import { useDocumentTitle } from './project/useDocumentTitle';
import { useDatasetPreview } from './training/dataset/useDatasetPreview';
import { useHostFacts } from './project/useHostFacts';

/** The window: each part fails alone (its error and a Reload button), and the project stays in the store. */
export function App() {
  useShortcuts();
  useDocumentTitle();
  useHostFacts();
  useDatasetPreview();
  return (
    <ReactFlowProvider>
      <div className="app">
        <ErrorBoundary area="Top bar" failureClassName="topbar">
          <TopBar />
        </ErrorBoundary>
        <ErrorBoundary area="Layer palette" failureClassName="palette">
          <Palette />
        </ErrorBoundary>
        <main className="workspace" aria-label="Editor">
          <ErrorBoundary area="Canvas">
            <Canvas />
          </ErrorBoundary>
        </main>
        <ErrorBoundary area="Details sidebar" failureClassName="sidebar">
          <Sidebar />
        </ErrorBoundary>
        <ErrorBoundary area="Training dock" failureClassName="dock is-open">
          <BottomDock />
        </ErrorBoundary>
        <ErrorBoundary area="Notice">
          <NoticeToast />
        </ErrorBoundary>
        <DialogHost />
      </div>
    </ReactFlowProvider>
  );
}
