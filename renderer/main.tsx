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
import { ActionsProvider } from './app/ActionsProvider';
import { createAppActions } from './app/appActions';
import { ErrorBoundary } from './components/ErrorBoundary';
import { listenForPageErrors } from './components/pageErrors';
import { pageHost } from './host';
import { useApp } from './store';

listenForPageErrors(notice => useApp.getState().showNotice(notice));

// The one host of this page, and the actions built on it: created once, handed down, never imported.
const actions = createAppActions({ get: useApp.getState, set: useApp.setState, host: pageHost() });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary area="Convas window">
      <ActionsProvider actions={actions}>
        <App />
      </ActionsProvider>
    </ErrorBoundary>
  </StrictMode>,
);
