import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Icon } from './Icon';
import { shortcutText } from './shortcuts';

export type MenuEntry =
  | { label: string; onSelect(): void; shortcut?: string; disabled?: boolean; title?: string }
  | { heading: string }
  | 'separator';

/** A menu button with a keyboard-usable popup (arrows, Home/End, Escape). */
export function Menu({
  label,
  entries,
  onOpen,
  children,
}: {
  label: string;
  entries: MenuEntry[];
  onOpen?(): void;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const items = () => [
    ...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? []),
  ];

  // biome-ignore lint/correctness/useExhaustiveDependencies: items() reads the menu's buttons from the DOM when it opens; it is a new function every render
  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const away = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  const toggle = () => {
    if (!open) onOpen?.();
    setOpen(!open);
  };
  // Focus goes back to the button before an item acts, so a dialog it opens knows where to return focus.
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => {
      e.preventDefault();
      list[(i + list.length) % list.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') setOpen(false);
  };

  return (
    <div className="menu" ref={root} onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={trigger}
        type="button"
        className="menu__trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={toggle}
        onKeyDown={e => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            toggle();
          }
        }}
      >
        {children ?? label} <Icon name="chevronDown" size={14} />
      </button>
      {open && (
        <div className="menu__popup" role="menu" id={id} aria-label={label}>
          {entries.map((entry, i) => {
            if (entry === 'separator') return <div key={i} className="menu__separator" role="separator" />;
            if ('heading' in entry)
              return (
                <div key={i} className="menu__heading" role="presentation">
                  {entry.heading}
                </div>
              );
            return (
              <button
                key={i}
                type="button"
                role="menuitem"
                className="menu__item"
                disabled={entry.disabled}
                title={entry.title}
                aria-keyshortcuts={entry.shortcut?.replace('Mod', 'Control')}
                onClick={() => {
                  close();
                  entry.onSelect();
                }}
              >
                <span className="menu__label">{entry.label}</span>
                {entry.shortcut && <kbd className="menu__shortcut">{shortcutText(entry.shortcut)}</kbd>}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
