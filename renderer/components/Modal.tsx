import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { focusables, initialFocus, nextFocus } from './focusTrap';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

/** Whether an element's content overflows it, followed as the content or the window changes. */
function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollHeight > el.clientHeight + 1);
    const resized = new ResizeObserver(check);
    resized.observe(el);
    const changed = new MutationObserver(check);
    changed.observe(el, { childList: true, subtree: true, characterData: true });
    check();
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [ref]);
  return overflows;
}

/**
 * A modal dialog: focus moves in when it opens and back to what opened it when it closes, Tab stays
 * inside, and Escape closes it wherever focus is (a field that uses Escape itself calls preventDefault).
 */
export function Modal({ title, onClose, children, footer, wide }: Props) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // A body that scrolls takes focus, so the keyboard can scroll it (arrow keys, Page Down).
  const scrolls = useOverflows(body);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (box.current) initialFocus(box.current).focus();
    // On the document, not the dialog: focus may sit on the page (a list that re-rendered, content still loading).
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !box.current) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        close.current();
      } else if (e.key === 'Tab') {
        const active =
          document.activeElement instanceof HTMLElement && box.current.contains(document.activeElement)
            ? document.activeElement
            : null;
        const target = nextFocus(focusables(box.current), active, e.shiftKey) ?? (active ? null : box.current);
        if (target) {
          e.preventDefault();
          target.focus();
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <div
      className="modal-backdrop"
      onMouseDown={e => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        ref={box}
        className={`modal${wide ? ' modal--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <header className="modal__head">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-btn" aria-label="Close" title="Close (Escape)" onClick={onClose}>
            ✕
          </button>
        </header>
        <div ref={body} className="modal__body" tabIndex={scrolls ? 0 : undefined}>
          {children}
        </div>
        {footer && <footer className="modal__foot">{footer}</footer>}
      </div>
    </div>
  );
}
