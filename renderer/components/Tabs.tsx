import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

export interface TabDef<K extends string> {
  key: K;
  label: ReactNode;
  title?: string;
  /**
   * The tab's name in words when its label holds more (a count badge), for its panel's failure message.
   * The tab itself is named by all it shows, so what people see is what speech and screen readers call it.
   */
  name?: string;
}

interface Props<K extends string> {
  label: string;
  tabs: TabDef<K>[];
  active: K | null;
  onSelect(key: K): void;
  /** Extra controls at the end of the tab strip. */
  trailing?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/** The tab's name in words: "Problems" for a label that also holds a count badge. */
const tabName = <K extends string>(tab: TabDef<K> | undefined, key: K): string =>
  tab?.name ?? (typeof tab?.label === 'string' ? tab.label : key);

/** An ARIA tab strip (arrow keys move between tabs) with the active tab's panel, which fails alone. */
export function Tabs<K extends string>({ label, tabs, active, onSelect, trailing, children, className }: Props<K>) {
  const base = useId();
  const strip = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const i = tabs.findIndex(t => t.key === active);
    const next = tabs[(i + step + tabs.length) % tabs.length]!;
    onSelect(next.key);
    strip.current?.querySelector<HTMLButtonElement>(`[data-tab="${next.key}"]`)?.focus();
  };
  return (
    <div className={`tabs ${className ?? ''}`}>
      <div className="tabs__strip">
        <div className="tabs__list" role="tablist" aria-label={label} ref={strip} onKeyDown={onKeyDown}>
          {tabs.map(t => (
            <button
              key={t.key}
              type="button"
              role="tab"
              id={`${base}-${t.key}`}
              data-tab={t.key}
              aria-selected={t.key === active}
              aria-controls={`${base}-panel`}
              tabIndex={t.key === active ? 0 : -1}
              className="tabs__tab"
              title={t.title}
              onClick={() => onSelect(t.key)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {/* Outside the tablist: a tablist may own only tabs. */}
        {trailing && <span className="tabs__trailing">{trailing}</span>}
      </div>
      {active && (
        <div className="tabs__panel" role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-${active}`}>
          <ErrorBoundary
            key={active}
            area={`${tabName(
              tabs.find(t => t.key === active),
              active,
            )} panel`}
          >
            {children}
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
