/** Every import of every source file, resolved to a repository path or left as a package name. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { parseSync } from 'oxc-parser';

export interface SourceImport {
  /** As written: '../../engine/tf/compile', 'node:fs', 'react'. */
  specifier: string;
  /** Repository-relative file for relative imports, else undefined. */
  target?: string;
  /** A package name ('@tensorflow/tfjs-core', 'zod') or 'node:*' for a builtin; undefined for files. */
  packageName?: string;
  /** `import type …` / `export type …`: erased at compile time, so it cannot load a module at run time. */
  typeOnly: boolean;
}

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;

export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const folder of folders) if (existsSync(join(root, folder))) walk(folder);
  return out.sort();
}

function resolveFile(root: string, from: string, specifier: string): string {
  const base = normalize(join(dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')];
  const found = candidates.find(c => existsSync(join(root, c)) && statSync(join(root, c)).isFile());
  return found ?? base;
}

function packageOf(specifier: string): string {
  if (isBuiltin(specifier)) return specifier.startsWith('node:') ? specifier : `node:${specifier}`;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The imports of one file: static, re-exports and dynamic `import('…')` with a literal specifier. */
export function importsOf(root: string, file: string, source = readFileSync(join(root, file), 'utf8')): SourceImport[] {
  const { module, errors } = parseSync(file, source);
  if (errors.length) throw new Error(`${file} does not parse: ${errors[0]!.message}`);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const i of module.staticImports) {
    found.push({ specifier: i.moduleRequest.value, typeOnly: i.entries.length > 0 && i.entries.every(e => e.isType) });
  }
  for (const e of module.staticExports) {
    const bySource = new Map<string, boolean>();
    for (const entry of e.entries) {
      if (entry.moduleRequest)
        bySource.set(entry.moduleRequest.value, (bySource.get(entry.moduleRequest.value) ?? true) && entry.isType);
    }
    for (const [specifier, typeOnly] of bySource) found.push({ specifier, typeOnly });
  }
  for (const d of module.dynamicImports) {
    const literal = /^(['"`])([^'"`$]+)\1$/.exec(source.slice(d.moduleRequest.start, d.moduleRequest.end));
    if (literal) found.push({ specifier: literal[2]!, typeOnly: false });
  }
  return found.map(({ specifier, typeOnly }) =>
    specifier.startsWith('.')
      ? { specifier, typeOnly, target: relative(root, join(root, resolveFile(root, file, specifier))) }
      : { specifier, typeOnly, packageName: packageOf(specifier) },
  );
}
