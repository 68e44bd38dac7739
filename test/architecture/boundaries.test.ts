import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crossings } from './boundaries';
import { importsOf, sourceFiles } from './importGraph';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('import boundaries', () => {
  it('no source file imports across a line (engine/core pure, renderer on core + contract, CLI on the service)', () => {
    const files = sourceFiles(ROOT, ['engine', 'electron', 'renderer']);
    expect(files.length).toBeGreaterThan(300);
    const found = files.flatMap(file => crossings(file, importsOf(ROOT, file)));
    expect(found, found.join('\n')).toEqual([]);
  });

  it('names the file and the import when the renderer reaches a Node file of the engine', () => {
    const file = 'renderer/training/SomePanel.tsx';
    const source =
      "import { compileGraph } from '../../engine/tf/compile';\nimport { LAYERS } from '../../engine/core/layers';\n";
    expect(crossings(file, importsOf(ROOT, file, source))).toEqual([
      "renderer/training/SomePanel.tsx imports '../../engine/tf/compile' (engine/tf/compile.ts): renderer/ may import only renderer/, engine/core/ and electron/contract/, and no Node package",
    ]);
  });

  it('lets the core use tfjs types but not tfjs itself, and never node:fs', () => {
    const file = 'engine/core/layers/example.ts';
    const source =
      "import type * as tfl from '@tensorflow/tfjs-layers';\nimport * as tf from '@tensorflow/tfjs-core';\nimport { readFile } from 'node:fs/promises';\n";
    expect(crossings(file, importsOf(ROOT, file, source)).map(line => line.split(':')[0])).toEqual([
      "engine/core/layers/example.ts imports '@tensorflow/tfjs-core'",
      "engine/core/layers/example.ts imports 'node",
    ]);
  });
});
