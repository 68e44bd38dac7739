/**
 * Who may import whom (VS Code's layering, as a test): the pure core runs in the UI, the worker and
 * the CLI; the renderer sees only the core and the host contract; the CLI is a host of the service.
 */
import type { SourceImport } from './importGraph';

/** Packages that need Node (native code, the file system, processes) or Electron. */
const NODE_ONLY_PACKAGES = new Set([
  '@tensorflow/tfjs-node',
  '@tensorflow/tfjs-node-gpu',
  'sharp',
  'onnxruntime-node',
  'piscina',
  'ws',
  'write-file-atomic',
  'fast-bmp',
  'csv-parse',
  'mnist',
  'electron',
  'commander',
  'cli-progress',
  'tsx',
  'esbuild',
  'vite',
]);
/** The core's whole world at run time; type-only imports of tfjs are allowed (the registry's toTfjs signatures). */
const CORE_PACKAGES = new Set(['zod', '@noble/hashes']);

/** `convas serve` and `convas start` start the browser shell and the desktop app: the CLI may reach their entries. */
const HOST_LAUNCHERS = new Set([
  'electron/shell/runShell.ts',
  'electron/shell/prepareRenderer.ts',
  'electron/desktop/bundle.ts',
]);

export interface Rule {
  /** Files the rule governs, by path prefix. */
  appliesTo: string;
  /** Why, in the failure message. */
  says: string;
  allows: (imported: SourceImport) => boolean;
}

const inside = (target: string | undefined, ...prefixes: string[]) =>
  target !== undefined && prefixes.some(p => target.startsWith(p));
const isNodeOnly = (name: string) => name.startsWith('node:') || NODE_ONLY_PACKAGES.has(name);

export const RULES: Rule[] = [
  {
    appliesTo: 'engine/core/',
    says: 'engine/core/ is pure: it may import only engine/core/, zod and @noble/hashes (tfjs as types only)',
    allows: i =>
      i.target !== undefined
        ? inside(i.target, 'engine/core/')
        : CORE_PACKAGES.has(i.packageName!) || (i.typeOnly && i.packageName!.startsWith('@tensorflow/')),
  },
  {
    appliesTo: 'engine/',
    says: 'engine/ knows nothing of electron/ or renderer/',
    allows: i => !inside(i.target, 'electron/', 'renderer/'),
  },
  {
    appliesTo: 'electron/contract/',
    says: 'electron/contract/ is shared with the renderer: it may import only itself, engine/core/ and zod',
    allows: i =>
      i.target !== undefined ? inside(i.target, 'electron/contract/', 'engine/core/') : i.packageName === 'zod',
  },
  {
    appliesTo: 'renderer/',
    says: 'renderer/ may import only renderer/, engine/core/ and electron/contract/, and no Node package',
    allows: i =>
      i.target !== undefined
        ? inside(i.target, 'renderer/', 'engine/core/', 'electron/contract/')
        : !isNodeOnly(i.packageName!) && !i.packageName!.startsWith('@tensorflow/'),
  },
  {
    appliesTo: 'renderer/store/',
    says: "renderer/store/ holds state and pure reducers: the training features and the app's actions import the store, never the other way",
    allows: i => !inside(i.target, 'renderer/training/', 'renderer/app/'),
  },
  {
    appliesTo: 'electron/cli/',
    says: 'electron/cli/ is a host of the service: it may import only electron/cli/, electron/service/, electron/contract/, engine/core/ and the entries that start the other hosts',
    allows: i =>
      i.target === undefined ||
      inside(i.target, 'electron/cli/', 'electron/service/', 'electron/contract/', 'engine/core/') ||
      HOST_LAUNCHERS.has(i.target),
  },
  {
    appliesTo: 'electron/service/',
    says: 'electron/service/ serves every host: it may not import a host (cli, shell, desktop) or renderer/',
    allows: i => !inside(i.target, 'electron/cli/', 'electron/shell/', 'electron/desktop/', 'renderer/'),
  },
];

/** One line per import that crosses a line: "file imports 'spec' (target): why". */
export function crossings(file: string, imports: readonly SourceImport[], rules: readonly Rule[] = RULES): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    if (!file.startsWith(rule.appliesTo)) continue;
    for (const i of imports) {
      if (!rule.allows(i))
        out.push(`${file} imports '${i.specifier}'${i.target ? ` (${i.target})` : ''}: ${rule.says}`);
    }
  }
  return out;
}
