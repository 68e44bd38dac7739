/** The page's actions and host for components: provided once at the root (main.tsx), never imported as a module. */
import { createContext, type ReactNode, use } from 'react';
import type { HostApi } from '../../electron/contract/hostApi';
import type { AppActions } from './appActions';

const ActionsContext = createContext<AppActions | null>(null);

export function ActionsProvider({ actions, children }: { actions: AppActions; children: ReactNode }) {
  return <ActionsContext value={actions}>{children}</ActionsContext>;
}

/** The actions that ask the host (training, project files, the path picker). */
export function useActions(): AppActions {
  const actions = use(ActionsContext);
  if (!actions) throw new Error('useActions needs an <ActionsProvider> above it (renderer/main.tsx makes one)');
  return actions;
}

/** The host, for a component's own reads (templates, recent files, folder listings). */
export const useHost = (): HostApi => useActions().host;
