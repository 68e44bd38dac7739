/** One run folder's run.json, read and checked: its summary, and the project it trained. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { DatasetInfo } from '../core/data/types';
import { parseProject } from '../core/project/parse';
import { projectIdSchema, type Project } from '../core/project/schema';
import type { RunSummary } from '../core/runs/types';

const metric = z.number().nullable().optional();

/** The fields a summary needs; older run.json files (before project ids) fail on `projectId` and are not listed. */
const runJsonSchema = z
  .object({
    convas: z.literal('run'),
    runId: projectIdSchema,
    projectId: projectIdSchema,
    projectFile: z.string().nullable().optional(),
    graphHash: z.string(),
    params: z.number().optional(),
    writtenAt: z.string(),
    startedAt: z.string().optional(),
    finished: z.boolean().optional(),
    reason: z.enum(['completed', 'stopped', 'earlyStopping']),
    project: z.unknown(),
    backend: z.string(),
    durationSeconds: z.number(),
    history: z.array(z.unknown()),
    dataset: z
      .object({
        name: z.string(),
        task: z.enum(['classification', 'regression']).default('classification'),
        classNames: z.array(z.string()),
        imageShape: z.tuple([z.number(), z.number(), z.number()]),
        targetNames: z.array(z.string()).default([]),
      })
      .passthrough(),
    test: z
      .object({ task: z.string(), accuracy: metric, mae: metric, r2: metric, count: z.number() })
      .passthrough()
      .nullable(),
  })
  .passthrough();

/** `dataset` is what the run trained on, as run.json recorded it: an export needs no access to the images. */
export interface RunOnDisk {
  summary: RunSummary;
  project: Project;
  dataset: DatasetInfo;
}

/**
 * Reads `dir/run.json`; null when the folder holds no Convas run of a project with an id (or it is damaged).
 * @example const run = await readRun('/home/ada/.local/share/convas/runs/lenet5-20261203-101500');
 */
export async function readRun(dir: string): Promise<RunOnDisk | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(dir, 'run.json'), 'utf8'));
  } catch {
    return null;
  }
  const parsed = runJsonSchema.safeParse(raw);
  if (!parsed.success) return null;
  let project: Project;
  try {
    project = parseProject(parsed.data.project);
  } catch {
    return null;
  }
  const r = parsed.data;
  const hasModel = await stat(path.join(dir, 'model.json')).then(
    s => s.isFile(),
    () => false,
  );
  const summary: RunSummary = {
    runId: r.runId,
    projectId: r.projectId,
    projectFile: r.projectFile ?? null,
    graphHash: r.graphHash,
    dir,
    startedAt: r.startedAt ?? r.writtenAt,
    writtenAt: r.writtenAt,
    finished: r.finished ?? r.test !== null,
    reason: r.reason,
    epochs: r.history.length,
    training: project.training,
    params: r.params ?? 0,
    backend: r.backend,
    durationSeconds: r.durationSeconds,
    task: r.dataset.task,
    classNames: r.dataset.classNames,
    imageShape: r.dataset.imageShape,
    test: r.test && {
      accuracy: r.test.accuracy ?? null,
      mae: r.test.mae ?? null,
      r2: r.test.r2 ?? null,
      count: r.test.count,
    },
    hasModel,
  };
  const { name, imageShape, classNames, task, targetNames } = r.dataset;
  return { summary, project, dataset: { name, imageShape, classNames, task, targetNames } };
}
