/** Small line icons drawn inline (no icon font, no emoji: they render the same on every system). */
const PATHS = {
  undo: 'M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'm15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  folder: 'M3 6.5A1.5 1.5 0 0 1 4.5 5H9l2 2h8.5A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4',
  up: 'M12 19V5M5 12l7-7 7 7',
  chevronDown: 'm6 9 6 6 6-6',
  layout: 'M4 4h6v4H4zM14 4h6v4h-6zM9 16h6v4H9zM7 8v4h10V8M12 12v4',
  error: 'M12 3 2 20h20zM12 10v4M12 17h.01',
  check: 'm5 12 5 5 9-10',
  play: 'M7 5v14l11-7z',
  close: 'M6 6l12 12M18 6 6 18',
} as const;

type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
