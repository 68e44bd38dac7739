/** run.json beside the model: what was trained, how, on what, how well, and which files were left out. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { DatasetInfo, SkippedFile } from '../data/types';
import type { Project } from '../project/schema';
import type { EpochMetrics, TestMetrics } from './protocol';

export interface RunRecord {
  project: Project;
  backend: string;
  dataset: DatasetInfo;
  history: EpochMetrics[];
  test: TestMetrics | null;
  durationSeconds: number;
  reason: string;
  /** Files that could not be decoded, and why (streamed datasets). */
  skippedFiles: SkippedFile[];
}

/**
 * Written atomically after every epoch and at the end; the worst predictions' images are stored as base64.
 * @example
 * await writeRunRecord(outDir, { project, backend: 'wasm', dataset, history, test: null, durationSeconds: 12, reason: 'completed', skippedFiles: [] });
 */
export async function writeRunRecord(outDir: string, run: RunRecord): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const { name, imageShape, classNames, task = 'classification', targetNames = [] } = run.dataset;
  const test = run.test?.task === 'regression'
    ? { ...run.test, worst: run.test.worst.map(w => ({ ...w, image: Buffer.from(w.image).toString('base64') })) }
    : run.test;
  const record = {
    convas: 'run', writtenAt: new Date().toISOString(), ...run, test,
    dataset: { name, imageShape, classNames, task, targetNames },
  };
  await writeFileAtomic(path.join(outDir, 'run.json'), `${JSON.stringify(record, null, 2)}\n`);
}
