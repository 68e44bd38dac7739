/** run.json beside the model: what was trained, how, on what, and how well. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { DatasetInfo } from '../data/types';
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
}

export async function writeRunRecord(outDir: string, run: RunRecord): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const { name, imageShape, classNames } = run.dataset;
  const record = {
    convas: 'run', writtenAt: new Date().toISOString(), ...run,
    dataset: { name, imageShape, classNames },
  };
  await writeFileAtomic(path.join(outDir, 'run.json'), `${JSON.stringify(record, null, 2)}\n`);
}
