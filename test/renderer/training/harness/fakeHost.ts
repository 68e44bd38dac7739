/**
 * A HostApi that trains nothing: it streams believable events (decaying loss, real conv maps of
 * real MNIST digits through drifting random filters) so the panels can be seen and measured
 * without the service.
 */
import type { HostApi, HostEvent, HostParams } from '../../../../electron/contract/hostApi';
import { graphHash } from '../../../../engine/core/project/identity';
import { trainingSchema, type Project } from '../../../../engine/core/project/schema';
import type { RunSummary } from '../../../../engine/core/runs/types';
import type { TestMetrics, TrainEvent } from '../../../../engine/core/train/protocol';
import { samples } from 'virtual:harness-digits';
import { decodeBase64 } from './base64';
import { regressionMode, regressionTest } from './fakeRegression';
import { drift, forward, randomConv } from './tinyNet';

const listeners = new Set<(e: HostEvent) => void>();
const conv1 = randomConv(5, 5, 1, 6, 1);
const conv2 = randomConv(5, 5, 6, 16, 2);
let sessions = 0;
const image = (index: number) => decodeBase64(samples[(index * 7) % samples.length]!.pixels);
const labelOf = (index: number) => samples[(index * 7) % samples.length]!.label;

function simulate(sessionId: string, params: HostParams<'startTraining'>) {
  const emit = (event: TrainEvent) => listeners.forEach(l => l({ type: 'train', sessionId, event }));
  const cfg = trainingSchema.parse(params.project.training ?? {});
  const regression = regressionMode();
  const train = params.limit ?? 7200;
  const batchesPerEpoch = Math.ceil(train / cfg.batchSize);
  let epoch = 1,
    batch = 0,
    paused = false,
    stopped = false,
    probeIndex = params.probeIndex ?? 0,
    lr = cfg.learningRate,
    tick = 0;
  const history: Extract<TrainEvent, { type: 'done' }>['history'] = [];
  const loss = (step: number) =>
    2.3 * Math.exp(-step / (batchesPerEpoch * 0.35)) * (0.6 + 0.4 * (0.001 / lr) ** 0.1) +
    0.08 +
    (Math.random() - 0.5) * 0.25 * Math.exp(-step / 400);
  const done = (reason: 'completed' | 'stopped') => {
    clearInterval(timer);
    const confusion = Array.from({ length: 10 }, (_, t) =>
      Array.from({ length: 10 }, (_, p) =>
        t === p ? 180 + ((t * 7) % 20) : (t * 3 + p * 5) % 9 === 0 ? 4 + ((t + p) % 5) : (t + p) % 4 === 0 ? 1 : 0,
      ),
    );
    const test = regression
      ? regressionTest(samples.map(s => s.pixels))
      : { task: 'classification' as const, loss: 0.09, accuracy: 0.974, confusion, count: 2000 };
    emit({
      type: 'done',
      reason,
      history,
      test,
      durationSeconds: 22,
      outDir: `/tmp/convas-runs/${sessionId}`,
      backend: 'wasm',
      runId: sessionId,
    });
    finished.unshift(runSummary(sessionId, params, history.length, test));
  };
  setTimeout(() => {
    const task = regression ? ('regression' as const) : ('classification' as const);
    const classNames = regression ? [] : Array.from({ length: 10 }, (_, i) => String(i));
    emit({
      type: 'compiled',
      backend: 'wasm',
      backendDetail: 'WebAssembly + SIMD, 4 threads',
      params: 61706,
      dataset: {
        name: 'mnist',
        task,
        classNames,
        targetNames: regression ? ['thickness'] : [],
        imageShape: [28, 28, 1],
        train,
        validation: 800,
        test: 2000,
      },
      batchesPerEpoch,
      epochs: cfg.epochs,
      learningRate: lr,
    });
    if (regression)
      emit({
        type: 'skippedFiles',
        files: [{ path: 'images/broken-017.png', reason: 'not a PNG: bad signature' }],
        total: 1,
      });
    emit({
      type: 'featureMaps',
      epoch: 0,
      batch: 0,
      probeIndex,
      probeLabel: labelOf(probeIndex),
      maps: forward(image(probeIndex), conv1, conv2),
    });
  }, 300);
  const timer = setInterval(() => {
    if (paused) return;
    if (stopped) return done('stopped');
    batch = Math.min(batch + 3, batchesPerEpoch);
    tick++;
    const step = (epoch - 1) * batchesPerEpoch + batch;
    const remaining = cfg.epochs * batchesPerEpoch - step;
    emit({
      type: 'batchEnd',
      epoch,
      batch,
      batchesPerEpoch,
      loss: loss(step),
      accuracy: regression ? null : Math.min(0.99, 1 - loss(step) / 2.5),
      mae: regression ? loss(step) * 0.8 : null,
      imagesPerSecond: 950 + Math.random() * 80,
      etaSeconds: remaining / 30,
    });
    if (tick % 10 === 0) {
      drift(conv1, 0.04, tick);
      drift(conv2, 0.02, tick + 99);
      emit({
        type: 'featureMaps',
        epoch,
        batch,
        probeIndex,
        probeLabel: labelOf(probeIndex),
        maps: forward(image(probeIndex), conv1, conv2),
      });
    }
    if (batch === batchesPerEpoch) {
      const l = loss(step) * 0.9;
      const metrics = regression
        ? {
            epoch,
            loss: l,
            accuracy: null,
            mae: l * 0.8,
            valLoss: l * 1.12,
            valAccuracy: null,
            valMae: l * 0.9,
            imagesPerSecond: 990,
            durationSeconds: 7.5,
          }
        : {
            epoch,
            loss: l,
            accuracy: 1 - l / 2.4,
            mae: null,
            valLoss: l * 1.12,
            valAccuracy: 1 - l / 2.2,
            valMae: null,
            imagesPerSecond: 990,
            durationSeconds: 7.5,
          };
      history.push(metrics);
      emit({ type: 'epochEnd', ...metrics, tensors: 40, epochs: cfg.epochs, etaSeconds: (cfg.epochs - epoch) * 7.5 });
      emit({ type: 'checkpoint', epoch, dir: `/tmp/convas-runs/${sessionId}` });
      if (epoch === cfg.epochs) return done('completed');
      epoch++;
      batch = 0;
    }
  }, 100);
  return {
    control(command: HostParams<'controlTraining'>['command']) {
      if (command.type === 'pause') {
        paused = true;
        setTimeout(() => emit({ type: 'status', phase: 'paused' }), 80);
      }
      if (command.type === 'resume') {
        paused = false;
        setTimeout(() => emit({ type: 'status', phase: 'running' }), 80);
      }
      if (command.type === 'stop') {
        stopped = true;
        paused = false;
      }
      if (command.type === 'setLearningRate') {
        lr = command.value;
        setTimeout(() => emit({ type: 'learningRate', value: lr }), 80);
      }
      if (command.type === 'probe') probeIndex = command.index;
    },
  };
}

const running = new Map<string, ReturnType<typeof simulate>>();
const finished: RunSummary[] = [];

function runSummary(runId: string, params: HostParams<'startTraining'>, epochs: number, test: TestMetrics): RunSummary {
  const now = new Date().toISOString();
  const project = params.project as Project;
  return {
    runId,
    projectId: project.id,
    projectFile: null,
    graphHash: graphHash(project),
    dir: `/tmp/convas-runs/${runId}`,
    startedAt: now,
    writtenAt: now,
    finished: true,
    reason: 'completed',
    epochs,
    training: trainingSchema.parse(project.training ?? {}),
    params: 61706,
    backend: 'wasm',
    durationSeconds: 22,
    task: test.task,
    classNames: test.task === 'regression' ? [] : Array.from({ length: 10 }, (_, i) => String(i)),
    imageShape: [28, 28, 1],
    test: {
      accuracy: test.task === 'classification' ? test.accuracy : null,
      mae: test.task === 'regression' ? test.mae : null,
      r2: test.task === 'regression' ? test.r2 : null,
      count: test.count,
    },
    hasModel: true,
  };
}
const notHere = async (): Promise<never> => {
  throw { code: 'INTERNAL', message: 'not in the harness', hint: '' };
};

export const fakeHost: HostApi = {
  getInfo: async () => ({
    host: 'browser',
    version: 'harness',
    platform: 'linux',
    homeDir: '/home/you',
    backend: 'wasm',
    backendDetail: 'harness',
  }),
  listTemplates: async () => [],
  openProject: notHere,
  saveProject: notHere,
  recentProjects: async () => [],
  listDirectory: notHere,
  createDirectory: notHere,
  pickPath: async () => ({ path: '/home/you/exports/lenet', supported: true }),
  previewDataset: async ({ dataset }) => {
    if (dataset.kind === 'idx')
      throw {
        code: 'DATASET_MISSING',
        message: `${dataset.trainImages}: no such file`,
        hint: 'Check the dataset paths; they are relative to the project file.',
      };
    await new Promise(r => setTimeout(r, 150));
    const per = (n: number) => Array.from({ length: 10 }, (_, i) => n + ((i * 37) % 60) - 30);
    if (regressionMode())
      return {
        info: {
          name: 'thickness.csv',
          task: 'regression',
          targetNames: ['thickness'],
          imageShape: [28, 28, 1],
          classNames: [],
          sizes: { train: 7200, validation: 800, test: 2000 },
        },
        classCounts: { train: [7200], validation: [800], test: [2000] },
        samples: samples.slice(0, 12).map(s => ({ ...s, label: 0, pixels: decodeBase64(s.pixels) })),
      };
    return {
      info: {
        name: 'mnist',
        imageShape: [28, 28, 1],
        classNames: Array.from({ length: 10 }, (_, i) => String(i)),
        sizes: { train: 7200, validation: 800, test: 2000 },
      },
      classCounts: { train: per(720), validation: per(80), test: per(200) },
      samples: samples.map(s => ({ ...s, pixels: decodeBase64(s.pixels) })),
    };
  },
  startTraining: async params => {
    const sessionId = `session-${++sessions}`;
    running.set(sessionId, simulate(sessionId, params));
    return { sessionId, outDir: `/tmp/convas-runs/${sessionId}`, runId: sessionId };
  },
  controlTraining: async ({ sessionId, command }) => {
    running.get(sessionId)?.control(command);
    return { ok: true };
  },
  probeGraph: async ({ probeIndex = 0 }) => {
    await new Promise(r => setTimeout(r, 120));
    const pixels = image(probeIndex);
    return {
      probeLabel: labelOf(probeIndex),
      probeIndex,
      imageShape: [28, 28, 1],
      image: pixels,
      maps: forward(pixels, conv1, conv2),
      filters: { nodeId: 'conv1', shape: [5, 5, 1, 6], data: conv1.weights.slice() },
    };
  },
  exportModel: async ({ outDir }) => ({ outDir, files: ['model.json', 'group1-shard1of1.bin'] }),
  listRuns: async ({ projectId }) => finished.filter(r => r.projectId === projectId),
  datasetReport: notHere,
  previewAugmentation: notHere,
  saveBundle: notHere,
  openBundle: notHere,
  importModel: notHere,
  onEvent: listener => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
