/**
 * The `web` export opened as a user would: index.html from file:// in Chromium with the network
 * cut off, an image set through the file input, and the page's numbers equal to tfjs in Node.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { chromium, type Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peekDataset } from '../../../../engine/data/load';
import { webExporter } from '../../../../engine/export/web';
import { analyzeGraph } from '../../../../engine/core/graph/analyze';
import { inputShapeOf } from '../../../../engine/core/graph/inputShape';
import { layerContextOf } from '../../../../engine/core/graph/layerContext';
import { loadProjectFile } from '../../../../engine/project/files';
import { parseProject } from '../../../../engine/core/project/parse';
import type { Project } from '../../../../engine/core/project/schema';
import { compileGraph } from '../../../../engine/tf/compile';
import { loadModel } from '../../../../engine/tf/modelFiles';
import { CHROMIUM_ARGS } from '../../../e2e/support/targets';
import { everyKindProject } from '../onnx/everyKindGraph';

const REPO = path.resolve(import.meta.dirname, '../../../..');
const hasChromium = existsSync('/usr/bin/chromium');
let browser: Browser;

beforeAll(async () => {
  await tf.setBackend('cpu');
  if (hasChromium)
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

/** Exports `project` (random weights) into a new folder; the analysis is made with the dataset when one is given. */
async function exportWeb(project: Project, baseDir: string | null, classNames: string[], ctx = {}) {
  const dataset = baseDir
    ? await peekDataset(project.dataset, baseDir, { imageShape: inputShapeOf(project) })
    : undefined;
  const analysis = analyzeGraph(project, dataset ? { dataset } : {});
  const { model } = compileGraph(analysis, dataset ? layerContextOf(dataset) : ctx);
  const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'convas-web-')), 'site');
  const result = await webExporter.write({
    project,
    analysis,
    model,
    classNames: dataset?.classNames ?? classNames,
    outDir,
  });
  model.dispose();
  return { outDir, files: result.files };
}

/** A random image of exactly the Input's size (no resampling, so Node and the page see the same pixels). */
async function randomPng(dir: string, [h, w, c]: number[], seed: number): Promise<{ file: string; x: tf.Tensor4D }> {
  const pixels = new Uint8Array(h! * w! * c!);
  let s = seed;
  for (let i = 0; i < pixels.length; i++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    pixels[i] = s >> 23;
  }
  const file = path.join(dir, `probe-${seed}.png`);
  await sharp(Buffer.from(pixels), { raw: { width: w!, height: h!, channels: c as 1 | 3 } })
    .png()
    .toFile(file);
  return {
    file,
    x: tf.tensor4d(
      Float32Array.from(pixels, v => v / 255),
      [1, h!, w!, c!],
    ),
  };
}

/** Opens the page offline, sets the image, returns the page's label → value and the requests made. */
async function predictInPage(outDir: string, image: string, screenshot?: string) {
  const context = await browser.newContext();
  const requests: string[] = [];
  await context.route('**/*', route => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('request', r => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(pathToFileURL(path.join(outDir, 'index.html')).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.setInputFiles('#file', image);
  await page.waitForSelector(`body[data-predicted="${path.basename(image)}"]`, { timeout: 30_000 });
  const rows = await page.$$eval('#results li', lis =>
    lis.map(li => [li.getAttribute('data-label')!, Number(li.getAttribute('data-value'))] as const),
  );
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  await context.close();
  return { values: new Map(rows), requests, errors };
}

describe.skipIf(!hasChromium)('web export in Chromium from file://', () => {
  it('shows the same class probabilities as tfjs in Node, with no request leaving the disk', async () => {
    const { project, baseDir } = await loadProjectFile(path.join(REPO, 'templates/lenet5-mnist.convas.json'));
    const { outDir, files } = await exportWeb(project, baseDir, []);
    expect(files.sort()).toEqual([
      'index.html',
      'model.js',
      'model.json',
      'predict.js',
      'tf-backend-cpu.min.js',
      'tf-core.min.js',
      'tf-layers.min.js',
      'weights.bin',
    ]);
    expect((await readdir(outDir)).sort()).toEqual(files.sort());
    const { file, x } = await randomPng(path.dirname(outDir), [28, 28, 1], 7);
    const expected = await ((await loadModel(outDir)).predict(x) as tf.Tensor).data();
    const shot = path.join(path.dirname(outDir), 'web-export.png');
    const { values, requests, errors } = await predictInPage(outDir, file, shot);
    console.log(`web export screenshot: ${shot}`);
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter(u => !u.startsWith('file:'))).toEqual([]);
    expect([...values.keys()].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (let k = 0; k < 10; k++) expect(Math.abs(values.get(String(k))! - expected[k]!)).toBeLessThan(1e-4);
  });

  it('handles RGB input and regression outputs', async () => {
    const rgb = parseProject({
      version: 1,
      name: 'rgb <demo>',
      dataset: { kind: 'folder', path: 'photos', resize: 'centerCrop' },
      nodes: [
        { id: 'input', kind: 'input', params: { shape: [20, 24, 3] } },
        { id: 'flip', kind: 'randomFlip', params: {} },
        { id: 'conv', kind: 'conv2d', params: { filters: 4, kernelSize: 3, activation: 'relu' } },
        { id: 'flat', kind: 'flatten', params: {} },
        { id: 'output', kind: 'output', params: { units: 3 } },
      ],
      edges: [
        { source: 'input', target: 'flip' },
        { source: 'flip', target: 'conv' },
        { source: 'conv', target: 'flat' },
        { source: 'flat', target: 'output' },
      ],
    });
    const colours = ['red', 'green', 'blue'];
    const { outDir } = await exportWeb(rgb, null, colours, { numClasses: 3 });
    const { file, x } = await randomPng(path.dirname(outDir), [20, 24, 3], 11);
    const expected = await ((await loadModel(outDir)).predict(x) as tf.Tensor).data();
    const page = await predictInPage(outDir, file);
    colours.forEach((c, k) => expect(Math.abs(page.values.get(c)! - expected[k]!)).toBeLessThan(1e-4));

    const { project, baseDir } = await loadProjectFile(
      path.join(REPO, 'templates/age-or-grade-regression.convas.json'),
    );
    const regression = await exportWeb(project, baseDir, []);
    const probe = await randomPng(path.dirname(regression.outDir), [32, 32, 1], 3);
    const value = (await ((await loadModel(regression.outDir)).predict(probe.x) as tf.Tensor).data())[0]!;
    const shown = await predictInPage(regression.outDir, probe.file);
    expect([...shown.values.keys()]).toEqual(['radius']);
    expect(Math.abs(shown.values.get('radius')! - value)).toBeLessThan(1e-4);
  });

  it('runs a generated graph using every layer kind (augmentation as the identity) like tfjs in Node', async () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const { outDir } = await exportWeb(everyKindProject('classification'), null, names, { numClasses: 5 });
    const { file, x } = await randomPng(path.dirname(outDir), [17, 15, 3], 5);
    const expected = await ((await loadModel(outDir)).predict(x) as tf.Tensor).data();
    const { values, errors } = await predictInPage(outDir, file);
    expect(errors).toEqual([]);
    names.forEach((n, k) => expect(Math.abs(values.get(n)! - expected[k]!)).toBeLessThan(1e-4));
  });
});
