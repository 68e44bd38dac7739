import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { DirectoryListing } from '../../electron/contract/hostApi';
import { Icon } from '../components/Icon';

type Entry = DirectoryListing['entries'][number];

interface Props {
  entries: Entry[];
  selected: string | null;
  onSelect(name: string): void;
  /** Enter or double-click: open a folder, or choose a file. */
  onActivate(entry: Entry): void;
  onUp(): void;
  autoFocus?: boolean;
}

/** The folder's entries as a keyboard-usable listbox (arrows, Enter, Backspace for the parent folder). */
export function FileList({ entries, selected, onSelect, onActivate, onUp, autoFocus }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const index = entries.findIndex(e => e.name === selected);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection changes, to scroll the selected entry into view
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const onKeyDown = (e: KeyboardEvent) => {
    const move =
      e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowUp'
          ? -1
          : e.key === 'Home'
            ? -Infinity
            : e.key === 'End'
              ? Infinity
              : 0;
    if (move) {
      e.preventDefault();
      const next = Math.max(
        0,
        Math.min(
          entries.length - 1,
          (index < 0 ? -1 : index) + (Number.isFinite(move) ? move : move > 0 ? entries.length : -entries.length),
        ),
      );
      if (entries[next]) onSelect(entries[next].name);
    } else if (e.key === 'Enter' && entries[index]) {
      e.preventDefault();
      onActivate(entries[index]);
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      onUp();
    }
  };
  return (
    <ul
      ref={list}
      className="file-list"
      role="listbox"
      aria-label="Files and folders"
      tabIndex={0}
      data-autofocus={autoFocus || undefined}
      aria-activedescendant={index >= 0 ? `file-${index}` : undefined}
      onKeyDown={onKeyDown}
    >
      {entries.map((entry, i) => (
        // biome-ignore lint/a11y/useFocusableInteractive lint/a11y/useKeyWithClickEvents: options of a listbox; the list itself takes focus and keys (aria-activedescendant)
        <li
          key={entry.name}
          id={`file-${i}`}
          role="option"
          aria-selected={entry.name === selected}
          className={`file-list__item is-${entry.kind}`}
          onClick={() => onSelect(entry.name)}
          onDoubleClick={() => onActivate(entry)}
        >
          <Icon name={entry.kind === 'directory' ? 'folder' : 'file'} />
          <span className="file-list__name">{entry.name}</span>
          {entry.kind === 'file' && <span className="file-list__size">{sizeText(entry.size)}</span>}
        </li>
      ))}
      {!entries.length && (
        <li className="file-list__empty" role="presentation">
          This folder is empty.
        </li>
      )}
    </ul>
  );
}

const sizeText = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
