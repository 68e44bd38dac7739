import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/palette.css';
import './styles/inspector.css';
import './styles/summary.css';
import './styles/menu.css';
import './styles/dialogs.css';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { listenForPageErrors } from './components/pageErrors';
import { useApp } from './store';

listenForPageErrors(notice => useApp.getState().showNotice(notice));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary area="Convas window">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
