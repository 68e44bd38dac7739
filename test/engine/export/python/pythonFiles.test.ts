/** The pieces the Python exporters share: tensor files numpy reads, layouts, padding, identifiers, refusals. */
import { pythonMissing } from '../../../support/pythonModules';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConvasError } from '../../../../engine/core/errors';
import { analyzeGraph } from '../../../../engine/core/graph/analyze';
import { LAYER_KINDS } from '../../../../engine/core/layers';
import { tfjsPads } from '../../../../engine/core/layers/pythonCode';
import { walkGraph } from '../../../../engine/export/python/graphWalk';
import { pythonIdentifiers } from '../../../../engine/export/python/identifiers';
import { encodeNpz, encodeSafetensors } from '../../../../engine/export/python/tensorFiles';
import { permute, toTorchLayout } from '../../../../engine/export/pytorch/torchWeights';
import { allKindsProject, fitFor, PYTHON } from './fixtures';

const numpy = pythonMissing(['numpy']) === null;

describe('tensor files', () => {
  it.skipIf(!numpy)('numpy reads the .npz exactly, and the safetensors header is the documented one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-npz-'));
    const tensors = [
      { name: 'conv1/kernel', shape: [2, 3, 1, 2], values: Float32Array.from({ length: 12 }, (_, i) => i / 7 - 0.5) },
      { name: 'fc/bias', shape: [3], values: new Float32Array([1.5, -2, 3e-8]) },
    ];
    await writeFile(path.join(dir, 'w.npz'), encodeNpz(tensors));
    const r = spawnSync(
      PYTHON,
      [
        '-c',
        'import numpy as np, json; d = np.load("w.npz"); print(json.dumps({k: [list(d[k].shape), str(d[k].dtype), d[k].astype(float).ravel().tolist()] for k in d}))',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    const read = JSON.parse(r.stdout);
    for (const t of tensors) expect(read[t.name]).toEqual([t.shape, 'float32', Array.from(t.values)]);

    const st = encodeSafetensors(tensors, { format: 'pt' });
    const length = Number(new DataView(st.buffer).getBigUint64(0, true));
    expect((8 + length) % 8).toBe(0);
    const header = JSON.parse(Buffer.from(st.subarray(8, 8 + length)).toString());
    expect(header['conv1/kernel']).toEqual({ dtype: 'F32', shape: [2, 3, 1, 2], data_offsets: [0, 48] });
    expect(header['fc/bias'].data_offsets).toEqual([48, 60]);
    expect(st.length).toBe(8 + length + 60);
  });
});

describe('PyTorch layouts', () => {
  it('permutes axes', () => {
    expect(Array.from(permute(new Float32Array([1, 2, 3, 4, 5, 6]), [2, 3], [1, 0]))).toEqual([1, 4, 2, 5, 3, 6]);
  });

  it('turns a depthwise kernel [kh, kw, in, m] into [in × m, 1, kh, kw] with channel c·m + j', () => {
    // kh = kw = 1, in = 2, m = 2: values are c*10 + j.
    const out = toTorchLayout({ shape: [1, 1, 2, 2], values: new Float32Array([0, 1, 10, 11]) }, 'depthwiseKernel');
    expect(out.shape).toEqual([4, 1, 1, 1]);
    expect(Array.from(out.values)).toEqual([0, 1, 10, 11]);
  });
});

describe("tfjs' padding", () => {
  it("puts the odd cell of 'same' at the bottom/right", () => {
    expect(tfjsPads([28, 28], 3, 2, 'same')).toEqual([0, 1, 0, 1]);
    expect(tfjsPads([28, 28], 3, 1, 'same')).toEqual([1, 1, 1, 1]);
    expect(tfjsPads([5, 4], [2, 5], [1, 3], 'same')).toEqual([0, 1, 2, 2]);
    expect(tfjsPads([5, 4], 3, 2, 'valid')).toEqual([0, 0, 0, 0]);
  });
});

describe('python identifiers', () => {
  it('keeps layer names, suffixing keywords and names the code uses', () => {
    expect([...pythonIdentifiers(['conv1', 'in', 'x', 'x_', 'forward', 'lambda'])]).toEqual([
      ['conv1', 'conv1'],
      ['in', 'in_'],
      ['x', 'x_'],
      ['x_', 'x__'],
      ['forward', 'forward_'],
      ['lambda', 'lambda_'],
    ]);
  });
});

describe('the graph walk', () => {
  it('the every-kind test graph uses every layer kind', () => {
    const used = new Set(allKindsProject().nodes.map(n => n.kind));
    expect(LAYER_KINDS.filter(k => !used.has(k))).toEqual([]);
  });

  it('names every layer a format cannot express, before anything is written', async () => {
    const project = allKindsProject();
    const analysis = analyzeGraph(project, { dataset: fitFor(project, 4) });
    const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'convas-walk-')), 'out');
    let error: unknown;
    try {
      walkGraph(
        analysis,
        'Toy',
        'x',
        (spec, node, ctx) => (node.kind === 'dense' || node.kind === 'add' ? null : spec.toKeras(node.params, ctx)),
        () => false,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConvasError);
    expect((error as ConvasError).code).toBe('EXPORT_UNSUPPORTED');
    expect((error as ConvasError).message).toBe(
      'Toy cannot express these layers: sum (Add), fc (Dense), fc2 (Dense), fc3 (Dense); nothing was written',
    );
    expect(existsSync(outDir)).toBe(false);
  });
});
