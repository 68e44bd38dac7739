/**
 * What a `.convas` bundle holds, and how much of it Convas agrees to read. Every entry must match
 * one of these names; anything else refuses the whole bundle.
 *
 * ```
 * project.convas.json
 * thumbnail.png
 * runs/<run>/run.json
 * runs/<run>/model.json
 * runs/<run>/weights-<hex>.bin
 * ```
 */
export const PROJECT_ENTRY = 'project.convas.json';
export const THUMBNAIL_ENTRY = 'thumbnail.png';
export const BUNDLE_EXTENSION = '.convas';

/** A run's files inside the bundle: its folder's name is one plain segment, no dots at the start. */
const RUN_FILE = /^runs\/([A-Za-z0-9][A-Za-z0-9_-]{0,99})\/(run\.json|model\.json|weights(?:-[0-9a-f]{1,32})?\.bin)$/;

export interface BundleLimits {
  /** Size of the .convas file itself. */
  maxFileBytes: number;
  /** Sum of every entry's uncompressed size: the zip-bomb guard. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const BUNDLE_LIMITS: BundleLimits = {
  maxFileBytes: 512 * 2 ** 20,
  maxTotalBytes: 1024 * 2 ** 20,
  maxEntries: 2000,
};

/** `runs/<run>/<file>` → { run, file }; undefined for any other name. */
export function runFileOf(name: string): { run: string; file: string } | undefined {
  const m = RUN_FILE.exec(name);
  return m ? { run: m[1]!, file: m[2]! } : undefined;
}

/**
 * A run folder's name made safe for a bundle, unique among `taken`.
 * @example runNameFor('/home/ada/runs/lenet 2024', new Set()) // 'lenet-2024'
 */
export function runNameFor(dir: string, taken: Set<string>): string {
  const base =
    (dir.split(/[\\/]/).filter(Boolean).pop() ?? 'run')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^[-_]+/, '')
      .slice(0, 90) || 'run';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}
