/** datasetReport through the service: progress events under the request's id (throttled), then the report. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostEvent } from '../../../electron/contract/hostApi';
import { throttledProgress } from '../../../electron/service/handlers/reportHandlers';
import { put, tempDir, truncatedJpeg, writeClassFolders } from '../../fixtures/imageFolders';
import { createHarness } from './serviceHarness';

type Progress = Extract<HostEvent, { type: 'datasetReport' }>;

describe('report progress', () => {
  it('sends the first and last step always, and at most one step per interval between', () => {
    const sent: Progress[] = [];
    let now = 0;
    const progress = throttledProgress(
      'r',
      e => sent.push(e),
      200,
      () => now,
    );
    progress(0, 100);
    for (let done = 1; done < 100; done++) {
      now += 10;
      progress(done, 100);
    }
    progress(100, 100);
    progress(100, 100);
    expect(sent[0]).toEqual({ type: 'datasetReport', requestId: 'r', done: 0, total: 100 });
    expect(sent.at(-1)).toEqual({ type: 'datasetReport', requestId: 'r', done: 100, total: 100 });
    // 990 ms of progress at one event per 200 ms, plus the last.
    expect(sent.length).toBeLessThanOrEqual(7);
    expect(sent.filter(e => e.done === 100)).toHaveLength(1);
  });
});

describe('datasetReport through the service', () => {
  it('reads an image folder at the Input shape, lists a corrupt file, and reports progress for its request', async () => {
    const { dir, cleanup } = await tempDir('convas-report-');
    try {
      const root = path.join(dir, 'shapes');
      await writeClassFolders(root, ['circle', 'square'], 10);
      await put(path.join(root, 'circle', 'broken.jpg'), await truncatedJpeg());
      const h = await createHarness();
      const report = await h.call('datasetReport', {
        dataset: { kind: 'folder', path: 'shapes', resize: 'stretch' },
        baseDir: dir,
        imageShape: [28, 28, 1],
        samplesPerClass: 2,
        requestId: 'r1',
      });
      expect(report.info).toMatchObject({ imageShape: [28, 28, 1], classNames: ['circle', 'square'] });
      expect(report.filesScanned).toBe(21);
      expect(report.imagesUsable).toBe(20);
      expect(report.perClass.map(c => [c.className, c.train + c.validation + c.test])).toEqual([
        ['circle', 10],
        ['square', 10],
      ]);
      const corrupt = report.problems.find(p => p.files.some(f => f.endsWith('broken.jpg')));
      expect(corrupt).toMatchObject({ kind: 'corrupt', count: 1 });
      expect(report.samples[0]!.pixels[0]).toBeInstanceOf(Uint8Array);
      expect(report.samples[0]!.pixels[0]).toHaveLength(28 * 28);

      const progress = h.events.filter((e): e is Progress => e.type === 'datasetReport');
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.every(e => e.requestId === 'r1')).toBe(true);
      expect(progress.at(-1)).toMatchObject({ done: 21, total: 21 });
    } finally {
      await cleanup();
    }
  });

  it('refuses a request without an id, and names a missing folder', async () => {
    const h = await createHarness();
    expect(await h.fail('datasetReport', { dataset: { kind: 'builtin', name: 'mnist' } })).toMatchObject({
      code: 'BAD_REQUEST',
    });
    const error = await h.fail('datasetReport', {
      dataset: { kind: 'folder', path: 'nowhere', resize: 'stretch' },
      baseDir: h.dir,
      requestId: 'r2',
    });
    expect(error).toMatchObject({ code: 'DATASET_MISSING', message: expect.stringContaining('nowhere') });
  });
});
