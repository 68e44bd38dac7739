/** run.json beside the model: what was trained, how, on what, how well, and which files were left out. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { DatasetInfo, SkippedFile } from '../core/data/types';
import type { Project } from '../core/project/schema';
import type { EpochMetrics, TestMetrics } from '../core/train/protocol';

export interface RunRecord {
  /** The run's own id, and its project's: the app lists a project's runs by `projectId`. */
  runId: string;
  projectId: string;
  /** When the run started (ISO 8601); run lists are ordered by it. */
  startedAt: string;
  /** The project file it was started from; null for an unsaved project. */
  projectFile: string | null;
  /** graphHash(project) of the graph it trained: a run whose hash differs from the open graph trained an earlier version. */
  graphHash: string;
  /** Trainable and non-trainable parameters of the trained graph. */
  params: number;
  /** False while it trains (written after each epoch), true once it ended and was scored. */
  finished: boolean;
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
 * await writeRunRecord(outDir, { runId, startedAt, projectId: project.id, projectFile: null, graphHash: graphHash(project), params: 61706, finished: true, project, backend: 'wasm', dataset, history, test: null, durationSeconds: 12, reason: 'completed', skippedFiles: [] });
 */
export async function writeRunRecord(outDir: string, run: RunRecord): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const { name, imageShape, classNames, task = 'classification', targetNames = [] } = run.dataset;
  const test =
    run.test?.task === 'regression'
      ? { ...run.test, worst: run.test.worst.map(w => ({ ...w, image: Buffer.from(w.image).toString('base64') })) }
      : run.test;
  const record = {
    convas: 'run',
    writtenAt: new Date().toISOString(),
    ...run,
    test,
    dataset: { name, imageShape, classNames, task, targetNames },
  };
  await writeFileAtomic(path.join(outDir, 'run.json'), `${JSON.stringify(record, null, 2)}\n`);
}
