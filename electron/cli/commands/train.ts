import path from 'node:path';
import type { Command } from 'commander';
import { ConvasError } from '../../../engine/core/errors';
import { modelTotals } from '../../../engine/core/graph/summary';
import { schemaError } from '../../../engine/core/project/parse';
import { trainingSchema } from '../../../engine/core/project/schema';
import { BACKEND_PREFERENCES, type TrainEvent } from '../../../engine/core/train/protocol';
import type { HostEvent, HostParams } from '../../contract/hostApi';
import { createLocalHost, type LocalHost } from '../../service/localHost';
import { loadProjectContext, requireSound } from '../../service/useCases/projectContext';
import { duration, fixed, jsonLine, percent, table } from '../output';
import { TrainProgress } from '../trainProgress';

interface TrainFlags {
  epochs?: string;
  batchSize?: string;
  lr?: string;
  backend?: string;
  out?: string;
  limit?: string;
  json?: boolean;
  initialWeights?: string;
}

const number = (flag: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n))
    throw new ConvasError('TRAINING_CONFIG', `--${flag}: "${v}" is not a number`);
  return n;
};

function defaultOutDir(name: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return path.resolve('convas-runs', `${name.replace(/[^A-Za-z0-9_-]+/g, '-')}-${stamp}`);
}

type Finished = Extract<TrainEvent, { type: 'done' | 'error' }>;

/**
 * One run through the service (as the app starts one), its events drawn as they come; resolves with
 * its last event. Ctrl-C stops after the batch and saves; a second Ctrl-C quits at once.
 */
async function trainOnHost(
  host: LocalHost,
  progress: TrainProgress,
  request: HostParams<'startTraining'>,
): Promise<Finished> {
  let sessionId: string | undefined;
  const early: HostEvent[] = [];
  let finish!: (end: Finished) => void;
  const finished = new Promise<Finished>(resolve => {
    finish = resolve;
  });
  const handle = (event: TrainEvent) => {
    progress.handle(event);
    if (event.type === 'done' || event.type === 'error') finish(event);
  };
  const off = host.onEvent(e => {
    if (e.type !== 'train') return;
    if (sessionId === undefined) early.push(e);
    else if (e.sessionId === sessionId) handle(e.event);
  });
  let interrupts = 0;
  const onInterrupt = () => {
    if (++interrupts === 1) {
      progress.note(
        'Stopping after this batch and saving the model… (Ctrl-C again to quit at once; the last checkpoint is kept)',
      );
      if (sessionId !== undefined) void host.controlTraining({ sessionId, command: { type: 'stop' } });
    } else {
      void host.close({ graceMs: 0 }).then(() => process.exit(130));
    }
  };
  process.on('SIGINT', onInterrupt);
  try {
    sessionId = (await host.startTraining(request)).sessionId;
    // Events a fast worker sent before the id came back.
    for (const e of early.splice(0)) if (e.type === 'train' && e.sessionId === sessionId) handle(e.event);
    if (interrupts > 0) void host.controlTraining({ sessionId, command: { type: 'stop' } });
    return await finished;
  } finally {
    process.off('SIGINT', onInterrupt);
    off();
  }
}

export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('train a project on its dataset and write the model (TensorFlow.js files) and a run record')
    .argument('<file>', 'project file (*.convas.json)')
    .option('--epochs <n>', "override the project's epochs")
    .option('--batch-size <n>', "override the project's batch size")
    .option('--lr <x>', "override the project's learning rate")
    .option('--backend <name>', `${BACKEND_PREFERENCES.join('|')} (default: $CONVAS_BACKEND or auto)`)
    .option('--limit <n>', 'train on at most n images (a quick run on a subset)')
    .option('--out <dir>', 'output folder (default: convas-runs/<name>-<time>)')
    .option(
      '--initial-weights <dir>',
      'start from these weights (a folder written by convas train or convas import) instead of random ones',
    )
    .option('--json', 'end with one JSON object on stdout')
    .action(async (file: string, flags: TrainFlags) => {
      const ctx = await loadProjectContext(file);
      const overrides = {
        epochs: number('epochs', flags.epochs),
        batchSize: number('batch-size', flags.batchSize),
        learningRate: number('lr', flags.lr),
      };
      const merged = {
        ...ctx.project.training,
        ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
      };
      const training = trainingSchema.safeParse(merged);
      if (!training.success) {
        const e = schemaError(training.error, merged);
        throw new ConvasError(e.code, `${ctx.file}: training.${e.message} (after command-line overrides)`);
      }
      requireSound(ctx);
      const backend = flags.backend ?? process.env.CONVAS_BACKEND ?? 'auto';
      if (!(BACKEND_PREFERENCES as readonly string[]).includes(backend)) {
        throw new ConvasError(
          'TRAINING_CONFIG',
          `--backend: "${backend}" is not one of ${BACKEND_PREFERENCES.join(', ')}`,
        );
      }
      const limit = number('limit', flags.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
        throw new ConvasError('TRAINING_CONFIG', `--limit: must be a whole number ≥ 1, got ${flags.limit}`);
      const outDir = path.resolve(flags.out ?? defaultOutDir(ctx.project.name));

      const progress = new TrainProgress();
      const host = createLocalHost();
      const end = await trainOnHost(host, progress, {
        project: { ...ctx.project, training: training.data },
        baseDir: ctx.baseDir,
        outDir,
        projectFile: ctx.file,
        backend: backend as (typeof BACKEND_PREFERENCES)[number],
        ...(limit !== undefined && { limit }),
        ...(flags.initialWeights && { initialWeights: path.resolve(flags.initialWeights) }),
      }).finally(() => host.close());
      if (end.type === 'error') throw new ConvasError(end.code, `${ctx.file}: ${end.message}`, end.hint);

      const last = end.history.at(-1);
      const regression = ctx.dataset.task === 'regression';
      console.log(
        table(
          [
            'Epoch',
            regression ? 'Loss (MSE)' : 'Loss',
            regression ? 'MAE' : 'Accuracy',
            'Val loss',
            regression ? 'Val MAE' : 'Val accuracy',
            'Images/s',
            'Time',
          ],
          end.history.map(h => [
            String(h.epoch),
            fixed(h.loss),
            regression ? fixed(h.mae) : percent(h.accuracy),
            fixed(h.valLoss),
            regression ? fixed(h.valMae) : percent(h.valAccuracy),
            h.imagesPerSecond.toFixed(0),
            duration(h.durationSeconds),
          ]),
          [true, true, true, true, true, true, true],
        ),
      );
      if (end.test?.task === 'classification')
        console.log(
          `Test accuracy: ${percent(end.test.accuracy)} on ${end.test.count} held-out images (loss ${fixed(end.test.loss)})`,
        );
      if (end.test?.task === 'regression') {
        console.log(
          `Test MAE: ${fixed(end.test.mae)}, RMSE: ${fixed(end.test.rmse)}, R²: ${fixed(end.test.r2, 3)} on ${end.test.count} held-out images (MSE ${fixed(end.test.loss)})`,
        );
      }
      console.log(
        `Backend: ${end.backend}. ${end.reason === 'completed' ? 'Done' : end.reason === 'stopped' ? 'Stopped' : 'Stopped early (no val-loss improvement)'} in ${duration(end.durationSeconds)}. Model and run record: ${end.outDir}`,
      );
      if (flags.json) {
        const trained = end.history.reduce((n, h) => n + h.durationSeconds, 0);
        console.log(
          jsonLine({
            backend: end.backend,
            task: regression ? 'regression' : 'classification',
            epochs: end.history.length,
            trainLoss: last?.loss ?? null,
            valAccuracy: last?.valAccuracy ?? null,
            valMae: last?.valMae ?? null,
            testAccuracy: end.test?.task === 'classification' ? end.test.accuracy : null,
            ...(end.test?.task === 'regression' && {
              testMae: end.test.mae,
              testRmse: end.test.rmse,
              testR2: end.test.r2,
            }),
            imagesPerSecond: last
              ? end.history.reduce((n, h) => n + h.imagesPerSecond * h.durationSeconds, 0) / (trained || 1)
              : null,
            params: modelTotals(ctx.analysis).params,
            durationSeconds: end.durationSeconds,
            outDir: end.outDir,
          }),
        );
      }
    });
}
