/** Bad input gets exit code 2 and one line naming the file and the node/field at fault, never a stack trace. */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idxImages, idxLabels } from '../../fixtures/idx';
import { REPO, runCli, tempProject } from './runCli';

const lenet = JSON.parse(readFileSync(path.join(REPO, 'templates/lenet5-mnist.convas.json'), 'utf8'));
const clone = () => structuredClone(lenet) as typeof lenet;
const node = (p: typeof lenet, id: string) => p.nodes.find((n: { id: string }) => n.id === id);

/** A small 28×28 IDX set written beside the project; `mutate` breaks it. */
async function idxProject(
  mutate: (files: { images: Uint8Array; labels: Uint8Array }) => { images: Uint8Array; labels: Uint8Array },
) {
  const count = 20;
  const files = mutate({
    images: idxImages(new Uint8Array(count * 784), count, 28, 28),
    labels: idxLabels(Array.from({ length: count }, (_, i) => i % 10)),
  });
  const project = { ...clone(), dataset: { kind: 'idx', trainImages: 'imgs.idx', trainLabels: 'labels.idx' } };
  const { dir, file } = await tempProject(project);
  await writeFile(path.join(dir, 'imgs.idx'), files.images);
  await writeFile(path.join(dir, 'labels.idx'), files.labels);
  return file;
}

function expectOneLineError(r: { code: number; stderr: string }, file: string, ...parts: (string | RegExp)[]) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  for (const p of parts) expect(lines[0]).toMatch(p);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const cases: [string, () => Promise<string>, (string | RegExp)[]][] = [
  ['malformed JSON', async () => (await tempProject('{ "version": 1, "name": ')).file, ['FILE_NOT_JSON', /line 1/]],
  ['wrong types', async () => (await tempProject({ ...clone(), nodes: 'abc' })).file, ['FILE_SCHEMA', 'nodes']],
  [
    'unknown kind',
    async () => {
      const p = clone();
      node(p, 'conv2').kind = 'conv3d';
      return (await tempProject(p)).file;
    },
    ['UNKNOWN_KIND', 'conv2', 'conv3d'],
  ],
  [
    'unknown param',
    async () => {
      const p = clone();
      node(p, 'conv1').params.filtres = 6;
      return (await tempProject(p)).file;
    },
    ['PARAM_UNKNOWN', 'filtres', /Did you mean filters/],
  ],
  [
    'a cycle',
    async () => {
      const p = clone();
      p.edges.push({ source: 'fc2', target: 'fc1' });
      return (await tempProject(p)).file;
    },
    ['GRAPH_CYCLE', 'fc1'],
  ],
  [
    'a negative filter count',
    async () => {
      const p = clone();
      node(p, 'conv1').params.filters = -4;
      return (await tempProject(p)).file;
    },
    ['PARAM_RANGE', 'conv1', 'filters', '-4'],
  ],
  [
    'epochs 0 in the file',
    async () => {
      const p = clone();
      p.training.epochs = 0;
      return (await tempProject(p)).file;
    },
    ['FILE_SCHEMA', 'training.epochs'],
  ],
  [
    'a missing dataset file',
    async () =>
      (
        await tempProject({
          ...clone(),
          dataset: { kind: 'idx', trainImages: 'nope-images.idx', trainLabels: 'nope-labels.idx' },
        })
      ).file,
    ['DATASET_MISSING', 'nope-images.idx'],
  ],
  [
    'an IDX file with a bad magic number',
    () => idxProject(f => ({ ...f, images: Object.assign(f.images.slice(), { 3: 0x99 }) })),
    ['DATASET_FORMAT', 'imgs.idx', /magic/],
  ],
  [
    'truncated IDX data',
    () => idxProject(f => ({ ...f, images: f.images.subarray(0, f.images.length - 100) })),
    ['DATASET_FORMAT', 'imgs.idx', /bytes/],
  ],
  [
    'an image/label count mismatch',
    () => idxProject(f => ({ ...f, labels: idxLabels([1, 2, 3]) })),
    ['DATASET_MISMATCH', /20/, /3/],
  ],
];

describe('convas train on bad input', () => {
  it.concurrent.each(cases)('rejects %s with exit 2 and one line', async (_name, make, parts) => {
    const file = await make();
    const r = await runCli(['train', file, '--epochs', '1']);
    expectOneLineError(r, path.basename(file), ...parts);
  });

  it('rejects --epochs 0 with exit 2', async () => {
    const r = await runCli(['train', path.join(REPO, 'templates/lenet5-mnist.convas.json'), '--epochs', '0']);
    expectOneLineError(r, 'lenet5-mnist.convas.json', 'FILE_SCHEMA', 'training.epochs');
  });

  it('rejects an unknown flag and an unknown backend with exit 2', async () => {
    const template = path.join(REPO, 'templates/lenet5-mnist.convas.json');
    const [flag, backend] = await Promise.all([
      runCli(['train', template, '--epoks', '1']),
      runCli(['train', template, '--backend', 'tpu']),
    ]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option '--epoks'/);
    expectOneLineError(backend, 'tpu', 'TRAINING_CONFIG');
  });

  it('says when the project file does not exist', async () => {
    const r = await runCli(['validate', '/nonexistent/x.convas.json']);
    expectOneLineError(r, '/nonexistent/x.convas.json', 'FILE_UNREADABLE', 'no such file');
  });
});
