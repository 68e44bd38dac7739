/** Random and corrupted model.json / weights files: a ConvasError with a clear message, never a crash, never a file written. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConvasError } from '../../../../engine/core/errors';
import { importTfjsModel } from '../../../../engine/import/tfjs/importModel';
import { selectBackend } from '../../../../engine/tf/backend';
import { sequentialCnn, teachableMachineLike, writeModel } from './kerasFixtures';

const sources: { json: string; weights: Buffer }[] = [];

beforeAll(async () => {
  await selectBackend('cpu');
  for (const model of [sequentialCnn(), teachableMachineLike()]) {
    const file = await writeModel(model);
    sources.push({
      json: await readFile(file, 'utf8'),
      weights: await readFile(path.join(path.dirname(file), 'group1-shard1of1.bin')),
    });
  }
});

/** Writes the files, imports them, and checks the outcome: success, or a ConvasError and no weights folder. */
async function importOutcome(json: string | Uint8Array, weights: Uint8Array): Promise<'ok' | ConvasError> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-fuzz-'));
  await writeFile(path.join(dir, 'model.json'), json);
  await writeFile(path.join(dir, 'group1-shard1of1.bin'), weights);
  const weightsDir = path.join(dir, 'out');
  try {
    await importTfjsModel(path.join(dir, 'model.json'), { weightsDir });
    if (process.env.FUZZ_LOG) console.log('OUTCOME ok');
    return 'ok';
  } catch (e) {
    if (!(e instanceof ConvasError)) throw new Error(`not a ConvasError: ${e instanceof Error ? e.stack : String(e)}`);
    expect(e.message.length).toBeGreaterThan(10);
    expect(existsSync(weightsDir), `${e.code}: ${e.message}`).toBe(false);
    if (process.env.FUZZ_LOG) console.log('OUTCOME', e.code, e.message.slice(0, 150));
    return e;
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => paths(v, [...prefix, i])));
  if (value && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k])));
  return here;
}

function replaced(doc: Json, at: (string | number)[], by: Json): Json {
  if (!at.length) return by;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[at.at(-1)!] = by;
  return copy;
}

const RUNS = { numRuns: 60, seed: 5 };

describe('importTfjsModel fuzzing', () => {
  it('rejects random JSON documents cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async doc => {
        expect(await importOutcome(JSON.stringify(doc), new Uint8Array(8))).toBeInstanceOf(ConvasError);
      }),
      RUNS,
    );
  });

  it('rejects model.json with one value anywhere replaced by a random one, or imports it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(1), fc.nat(), fc.jsonValue({ maxDepth: 2 }), async (which, pick, by) => {
        const doc = JSON.parse(sources[which]!.json) as Json;
        const all = paths(doc);
        await importOutcome(
          JSON.stringify(replaced(doc, all[pick % all.length]!, by as Json)),
          sources[which]!.weights,
        );
      }),
      { ...RUNS, numRuns: 150 },
    );
  });

  it('rejects truncated or garbled model.json text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(1),
        fc.nat(),
        fc.uint8Array({ minLength: 0, maxLength: 40 }),
        async (which, cut, noise) => {
          const text = Buffer.from(sources[which]!.json);
          const at = cut % text.length;
          const broken = Buffer.concat([text.subarray(0, at), noise, text.subarray(at + noise.length + 1)]);
          await importOutcome(broken, sources[which]!.weights);
        },
      ),
      RUNS,
    );
  });

  it('refuses weight paths that leave the model folder', async () => {
    const doc = JSON.parse(sources[0]!.json);
    doc.weightsManifest[0].paths = ['../../etc/passwd'];
    const outcome = await importOutcome(JSON.stringify(doc), sources[0]!.weights);
    expect(outcome).toMatchObject({ code: 'IMPORT_FORMAT', message: expect.stringMatching(/plain file names/) });
  });

  it('rejects weights files that are too short, too long or missing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(1),
        fc.integer({ min: -64, max: 64 }).filter(n => n !== 0),
        async (which, change) => {
          const weights = sources[which]!.weights;
          const resized =
            change < 0
              ? weights.subarray(0, Math.max(0, weights.length + change))
              : Buffer.concat([weights, Buffer.alloc(change)]);
          const outcome = await importOutcome(sources[which]!.json, resized);
          expect(outcome).toBeInstanceOf(ConvasError);
        },
      ),
      RUNS,
    );
    const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-fuzz-'));
    await writeFile(path.join(dir, 'model.json'), sources[0]!.json);
    const error = await importTfjsModel(path.join(dir, 'model.json'), { weightsDir: path.join(dir, 'out') }).catch(
      e => e,
    );
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE' });
    expect(error.message).toMatch(/group1-shard1of1\.bin/);
  });
});
