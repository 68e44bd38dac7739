/** Errors outside React's rendering (a timer, an event handler, a forgotten promise): told, never blanking the page. */
import type { Notice } from '../store/dialogPart';
import { toUserError } from '../shared/userError';

const BENIGN = /^ResizeObserver loop/;

/** The notice for an error nothing else caught. */
export function pageErrorNotice(error: unknown): Notice {
  const message = toUserError(error).message.trim() || 'An unknown error';
  return {
    tone: 'error',
    title: 'Something went wrong',
    detail: `${message} — your project is kept; you can keep working and save.`,
  };
}

/**
 * Shows every uncaught error and unhandled rejection of the window with `show`; returns the unsubscribe.
 * The browser still reports them in the console: only the user-facing part is added here.
 * @example listenForPageErrors(notice => useApp.getState().showNotice(notice));
 */
export function listenForPageErrors(
  show: (notice: Notice) => void,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const onError = (e: ErrorEvent) => {
    // Chromium reports a ResizeObserver that needed one more frame as an 'error' event; nothing failed (no exception).
    if (!e.error && BENIGN.test(e.message)) return;
    show(pageErrorNotice(e.error ?? e.message));
  };
  const onRejection = (e: PromiseRejectionEvent) => show(pageErrorNotice(e.reason));
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
