/** Modal dialogs as store state, so any component (or hook) can ask and await the answer. */
import type { PathRequest } from '../dialogs/pathRequest';
import type { AppState } from './index';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export type DialogRequest =
  | { type: 'unsaved'; action: string; resolve(choice: UnsavedChoice): void }
  | { type: 'fileBrowser'; request: PathRequest; resolve(path: string | null): void }
  | { type: 'templates' }
  | { type: 'datasetReport' };

export interface Notice {
  tone: 'error' | 'info';
  title: string;
  detail?: string;
}

export interface DialogPart {
  dialog: DialogRequest | null;
  notice: Notice | null;
  openDialog(dialog: DialogRequest): void;
  closeDialog(): void;
  /** Asks whether to save unsaved work before `action` (e.g. "opening another project"). */
  askUnsaved(action: string): Promise<UnsavedChoice>;
  /** Shows the in-app file browser; null when cancelled. */
  browseForPath(request: PathRequest): Promise<string | null>;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
}

type Set = (update: Partial<AppState>) => void;

export const createDialogPart = (set: Set, get: () => AppState): DialogPart => {
  // A newer request replaces an open one; the old one is answered as a cancel.
  const replace = (dialog: DialogRequest) => {
    cancel(get().dialog);
    set({ dialog });
  };
  return {
    dialog: null,
    notice: null,
    openDialog: replace,
    closeDialog: () => {
      cancel(get().dialog);
      set({ dialog: null });
    },
    askUnsaved: action =>
      new Promise(resolve =>
        replace({
          type: 'unsaved',
          action,
          resolve: choice => {
            set({ dialog: null });
            resolve(choice);
          },
        }),
      ),
    browseForPath: request =>
      new Promise(resolve =>
        replace({
          type: 'fileBrowser',
          request,
          resolve: path => {
            set({ dialog: null });
            resolve(path);
          },
        }),
      ),
    showNotice: notice => set({ notice }),
    dismissNotice: () => set({ notice: null }),
  };
};

function cancel(dialog: DialogRequest | null): void {
  if (dialog?.type === 'unsaved') dialog.resolve('cancel');
  else if (dialog?.type === 'fileBrowser') dialog.resolve(null);
}
