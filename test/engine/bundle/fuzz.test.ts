/**
 * Fuzzing openBundle: random bytes, bit flips, truncation, renamed entries and lying sizes must end
 * in a ConvasError (or, for harmless flips, a normal open) — never a crash, never a stray file.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundle, writeBundle } from '../../../engine/bundle';
import { ConvasError } from '../../../engine/core/errors';
import { fakeRun, lenetProject, tempDir } from './bundleFixtures';

let real: Uint8Array;
let work: string;
let app: string;

beforeAll(async () => {
  const project = await lenetProject();
  work = await tempDir();
  app = await tempDir('convas-app-');
  const run = await fakeRun(project, path.join(work, 'run-1'));
  await writeBundle(project, [run], path.join(work, 'real.convas'));
  real = new Uint8Array(await readFile(path.join(work, 'real.convas')));
});

/** Opens `bytes`; a refusal must be a ConvasError with a message and leave the app folder empty. */
async function openOrRefuse(bytes: Uint8Array): Promise<'opened' | ConvasError> {
  const file = path.join(work, 'fuzz.convas');
  await writeFile(file, bytes);
  try {
    const opened = await openBundle(file, app);
    expect(opened.dir.startsWith(path.join(app, 'bundles') + path.sep)).toBe(true);
    await rm(path.join(app, 'bundles'), { recursive: true });
    return 'opened';
  } catch (e) {
    if (!(e instanceof ConvasError)) throw e;
    expect(e.message.length).toBeGreaterThan(10);
    expect(e.hint.length).toBeGreaterThan(10);
    expect(await readdir(app)).toEqual([]);
    return e;
  }
}

const settings = { numRuns: 150, seed: 5 };

describe('openBundle under fuzzing', () => {
  it('refuses random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async bytes => {
        expect(await openOrRefuse(bytes)).toBeInstanceOf(ConvasError);
      }),
      settings,
    );
  });

  it('refuses random bytes that end like a zip', async () => {
    const tail = real.subarray(real.length - 22);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async bytes => {
        const data = new Uint8Array([...bytes, ...tail]);
        expect(await openOrRefuse(data)).toBeInstanceOf(ConvasError);
      }),
      settings,
    );
  });

  it('survives bit flips in a real bundle', async () => {
    const flips = fc.array(fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 7 })), {
      minLength: 1,
      maxLength: 8,
    });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(flips, async list => {
        const data = real.slice();
        for (const [at, bit] of list) data[at]! ^= 1 << bit;
        if ((await openOrRefuse(data)) !== 'opened') refused++;
      }),
      settings,
    );
    expect(refused).toBeGreaterThan(settings.numRuns / 2);
  });

  it('refuses a truncated bundle', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(real.length - 1), async length => {
        expect(await openOrRefuse(real.slice(0, length))).toBeInstanceOf(ConvasError);
      }),
      settings,
    );
  });

  it('refuses entries renamed to escape or to anything unexpected', async () => {
    const entries = unzipSync(real);
    const names = Object.keys(entries);
    const evil = fc.oneof(
      fc.constantFrom(
        '../x',
        '/etc/x',
        '..\\x',
        'C:\\x',
        'c:/x',
        'runs/../../x',
        'runs/run-1/../../../x',
        '//server/x',
        'runs/run-1/\u0000.bin',
      ),
      fc.string({ minLength: 1, maxLength: 40 }).filter(n => !names.includes(n) && !n.endsWith('/')),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(names.length - 1), evil, async (i, name) => {
        const renamed = { ...entries, [name]: entries[names[i]!]! };
        delete renamed[names[i]!];
        const result = await openOrRefuse(zipSync(renamed));
        expect(result).toBeInstanceOf(ConvasError);
        expect(['BUNDLE_UNSAFE', 'BUNDLE_CONTENT', 'BUNDLE_CORRUPT', 'FILE_SCHEMA', 'FILE_NOT_JSON']).toContain(
          (result as ConvasError).code,
        );
      }),
      settings,
    );
  });

  it('refuses entries whose declared size is huge or wrong', async () => {
    const view = new DataView(real.buffer, real.byteOffset, real.byteLength);
    const centrals: number[] = [];
    for (let at = 0; at + 4 <= real.length; at++) if (view.getUint32(at, true) === 0x02014b50) centrals.push(at);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...centrals),
        fc.oneof(fc.constant(0xffffffff), fc.integer({ min: 2 ** 30, max: 2 ** 32 - 1 }), fc.nat(5000)),
        async (at, size) => {
          const data = real.slice();
          const original = new DataView(data.buffer).getUint32(at + 24, true);
          fc.pre(size !== original);
          new DataView(data.buffer).setUint32(at + 24, size, true);
          expect(await openOrRefuse(data)).toBeInstanceOf(ConvasError);
        },
      ),
      settings,
    );
  });

  it('a real bundle still opens (the fuzzing starts from a good file)', async () => {
    expect(await openOrRefuse(real)).toBe('opened');
    expect(await openOrRefuse(zipSync({ ...unzipSync(real), 'runs/run-1/run.json': strToU8('{') }))).toBeInstanceOf(
      ConvasError,
    );
  });
});
