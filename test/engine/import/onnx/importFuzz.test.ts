/** Random and corrupted model.onnx files: a ConvasError with a clear message, never a crash, never a file written. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import onnxProto, { type onnx as Proto } from 'onnx-proto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConvasError } from '../../../../engine/core/errors';
import { importOnnxModel } from '../../../../engine/import/onnx/importOnnx';
import { selectBackend } from '../../../../engine/tf/backend';
import { everyKindProject } from '../../export/onnx/everyKindGraph';
import { compareWithOnnxRuntime } from '../../export/onnx/onnxCheck';

const { onnx } = onnxProto;
let valid: Uint8Array;

beforeAll(async () => {
  await selectBackend('cpu');
  const { outDir } = await compareWithOnnxRuntime(everyKindProject('classification'), 2);
  // A plain Uint8Array: a Buffer's slice() is a view, and the byte flips below must not reach it.
  valid = new Uint8Array(await readFile(path.join(outDir, 'model.onnx')));
});

/** Writes the bytes, imports them, and checks the outcome: success, or a ConvasError and no weights folder. */
async function importOutcome(bytes: Uint8Array): Promise<'ok' | string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-onnx-fuzz-'));
  await writeFile(path.join(dir, 'model.onnx'), bytes);
  const weightsDir = path.join(dir, 'out');
  try {
    await importOnnxModel(path.join(dir, 'model.onnx'), { weightsDir });
    return 'ok';
  } catch (e) {
    if (!(e instanceof ConvasError)) throw new Error(`not a ConvasError: ${e instanceof Error ? e.stack : String(e)}`);
    expect(e.message.length).toBeGreaterThan(10);
    expect(existsSync(weightsDir), `${e.code}: ${e.message}`).toBe(false);
    if (process.env.FUZZ_LOG) console.log('OUTCOME', e.code, e.message.slice(0, 140));
    return e.code;
  }
}

const OPS = [
  'Conv',
  'Relu',
  'Gemm',
  'Flatten',
  'Transpose',
  'Sum',
  'Concat',
  'MaxPool',
  'Pad',
  'Slice',
  'Softmax',
  'Div',
  'Mul',
  'Identity',
  'LSTM',
  '',
];

/** A decoded copy of the valid model with one structural change, encoded again. */
const mutation = fc.oneof(
  fc.record({ what: fc.constant('op' as const), node: fc.nat(), op: fc.constantFrom(...OPS) }),
  fc.record({ what: fc.constant('drop' as const), node: fc.nat() }),
  fc.record({
    what: fc.constant('ints' as const),
    node: fc.nat(),
    value: fc.array(fc.integer({ min: -3, max: 1 << 20 }), { maxLength: 5 }),
  }),
  fc.record({
    what: fc.constant('dims' as const),
    node: fc.nat(),
    value: fc.array(fc.integer({ min: -1, max: 1 << 16 }), { maxLength: 5 }),
  }),
  fc.record({ what: fc.constant('input' as const), node: fc.nat(), other: fc.nat() }),
  fc.record({
    what: fc.constant('shape' as const),
    value: fc.array(fc.integer({ min: -1, max: 1 << 13 }), { minLength: 0, maxLength: 5 }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(m: Mutation): Uint8Array {
  const model = onnx.ModelProto.decode(valid);
  const g = model.graph as Proto.GraphProto;
  const node = g.node[('node' in m ? m.node : 0) % g.node.length] as Proto.NodeProto;
  if (m.what === 'op') node.opType = m.op;
  if (m.what === 'drop') g.node.splice(g.node.indexOf(node), 1);
  if (m.what === 'ints') {
    const a = node.attribute.find(x => x.ints?.length);
    if (a) a.ints = m.value;
  }
  if (m.what === 'dims') {
    const t = g.initializer[m.node % g.initializer.length]!;
    t.dims = m.value;
  }
  if (m.what === 'input') node.input[0] = g.node[m.other % g.node.length]!.output?.[0] ?? '';
  if (m.what === 'shape') g.input[0]!.type!.tensorType!.shape!.dim = m.value.map(v => ({ dimValue: v }));
  return onnx.ModelProto.encode(model).finish();
}

describe('ONNX import fuzz', () => {
  it('imports the unmutated model', async () => {
    expect(await importOutcome(valid)).toBe('ok');
  });

  it('random bytes give a clear error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async bytes => {
        expect(await importOutcome(bytes)).not.toBe('ok');
      }),
      { numRuns: 40 },
    );
  });

  it('truncated and byte-flipped models give a clear error or a sound import', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        async (cut, flips) => {
          const bytes = valid.slice(0, Math.floor(valid.length * cut));
          for (const [at, v] of flips) if (bytes.length) bytes[at % bytes.length] = v;
          await importOutcome(bytes);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('structurally changed models give a clear error or a sound import', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async m => {
        await importOutcome(mutate(m));
      }),
      { numRuns: 120 },
    );
  });
});
