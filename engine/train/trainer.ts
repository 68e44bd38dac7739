/**
 * The fit loop that runs inside the training worker: backend, data, compile, epochs of optimizer
 * steps, validation, checkpoints, early stopping, test metrics. Talks only through `emit`.
 */
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { ConvasError } from '../errors';
import { fillBatch } from '../data/batch';
import { loadDataset } from '../data/load';
import { seededShuffle } from '../data/random';
import { analyzeGraph } from '../graph/analyze';
import { modelTotals } from '../graph/summary';
import { outputActivation } from '../layers/output';
import { selectBackend } from '../tf/backend';
import { compileGraph } from '../tf/compile';
import { saveModel } from '../tf/modelFiles';
import type { TrainControl } from './control';
import { evaluateSplit } from './evaluate';
import { createFeatureProbe } from './featureProbe';
import { makeOptimizer, setLearningRate } from './optimizer';
import type { EpochMetrics, StartOptions, TrainEvent } from './protocol';
import { writeRunRecord } from './runRecord';
import { selectTrainStep } from './selectTrainStep';
import type { LossSpec } from './step';

const BATCH_EVENT_MS = 100;
const FEATURE_MAP_MS = 500;

export type Emit = (event: TrainEvent, transfer?: ArrayBuffer[]) => void;

export async function runTraining(start: StartOptions, control: TrainControl, emit: Emit): Promise<void> {
  const started = performance.now();
  const { project, outDir } = start;
  const cfg = project.training;
  const backend = await selectBackend(start.backend);
  const dataset = await loadDataset(project.dataset, start.baseDir, { validationSplit: cfg.validationSplit, seed: cfg.seed, ...(start.limit && { limit: start.limit }) });
  const analysis = analyzeGraph(project, { dataset });
  if (!analysis.ok) {
    const first = analysis.problems.find(p => p.severity === 'error')!;
    throw new ConvasError(first.code, first.message, first.hint, analysis.problems);
  }
  const numClasses = dataset.classNames.length;
  const modelName = project.name.replace(/[^A-Za-z0-9_]/g, '_');
  const { model, layerOf } = compileGraph(analysis, { numClasses }, modelName);
  const outputNode = analysis.byId.get(analysis.outputId!)!;
  const lossSpec: LossSpec = { task: 'classification', logits: outputActivation(outputNode.params as never) === 'linear' };
  const optimizer = makeOptimizer(cfg);
  const { train, validation, test, imageShape } = dataset;
  const batchSize = Math.min(cfg.batchSize, train.count);
  const trainStep = await selectTrainStep({ model, optimizer, spec: lossSpec, backend: backend.name, recipe: { graph: project, dataset: { imageShape, classNames: dataset.classNames }, modelName }, batchSize });
  const step = trainStep.step;
  try {
    const probe = createFeatureProbe(model, analysis, layerOf, dataset.imageShape);
    let probeIndex = start.probeIndex;

    const batchesPerEpoch = Math.ceil(train.count / batchSize);
    emit({
      type: 'compiled', backend: backend.name, backendDetail: backend.detail + trainStep.detail, params: modelTotals(analysis).params,
      dataset: { name: dataset.name, classNames: dataset.classNames, imageShape, train: train.count, validation: validation.count, test: test.count },
      batchesPerEpoch, epochs: cfg.epochs, learningRate: cfg.learningRate,
    });
    const sendMaps = (epoch: number, batch: number) => {
      if (!probe) return;
      const maps = probe.read(test, probeIndex);
      emit({ type: 'featureMaps', epoch, batch, probeIndex, probeLabel: test.labels[Math.min(probeIndex, test.count - 1)] ?? 0, maps }, maps.map(m => m.data.buffer as ArrayBuffer));
    };
    sendMaps(0, 0);

    const pixels = imageShape.reduce((a, b) => a * b, 1);
    const x = new Float32Array(batchSize * pixels);
    const y = new Int32Array(batchSize);
    const history: EpochMetrics[] = [];
    let reason: 'completed' | 'stopped' | 'earlyStopping' = 'completed';
    let bestValLoss = Infinity, sinceBest = 0;
    let lastBatchEvent = 0, lastMaps = performance.now();
    let imagesSeen = 0;
    const totalImages = cfg.epochs * train.count;
    const record = (testMetrics: Parameters<typeof writeRunRecord>[1]['test']) => writeRunRecord(outDir, {
      project, backend: backend.name, dataset, history, test: testMetrics, durationSeconds: (performance.now() - started) / 1000, reason,
    });

    epochs: for (let epoch = 1; epoch <= cfg.epochs; epoch++) {
      const order = seededShuffle(train.count, cfg.seed + epoch);
      const epochStart = performance.now();
      let lossSum = 0, correct = 0, seen = 0, activeMs = 0;
      for (let batch = 0; batch < batchesPerEpoch; batch++) {
        if (await control.checkpoint(() => emit({ type: 'status', phase: 'paused' }), () => emit({ type: 'status', phase: 'running' }))) {
          reason = 'stopped';
          break epochs;
        }
        if (control.pendingLearningRate !== undefined) {
          setLearningRate(optimizer, control.pendingLearningRate);
          emit({ type: 'learningRate', value: control.pendingLearningRate });
          control.pendingLearningRate = undefined;
        }
        if (control.pendingProbe !== undefined) { probeIndex = control.pendingProbe; control.pendingProbe = undefined; lastMaps = 0; }
        const t0 = performance.now();
        const n = fillBatch(train, order, batch * batchSize, batchSize, x, y);
        const xs = tf.tensor(x.subarray(0, n * pixels), [n, ...imageShape]);
        const ys = tf.tidy(() => tf.oneHot(tf.tensor1d(y.subarray(0, n), 'int32'), numClasses));
        const result = step(xs, ys);
        tf.dispose([xs, ys]);
        activeMs += performance.now() - t0;
        if (!Number.isFinite(result.loss)) {
          throw new ConvasError('TRAIN_NAN', `the loss became ${result.loss} at epoch ${epoch}, batch ${batch + 1} (learning rate ${(optimizer as unknown as { learningRate: number }).learningRate})`);
        }
        lossSum += result.loss * n; correct += result.correct; seen += n; imagesSeen += n;
        const now = performance.now();
        const rate = seen / (activeMs / 1000);
        if (now - lastBatchEvent >= BATCH_EVENT_MS || batch === batchesPerEpoch - 1) {
          lastBatchEvent = now;
          emit({ type: 'batchEnd', epoch, batch: batch + 1, batchesPerEpoch, loss: result.loss, accuracy: n ? result.correct / n : 0, imagesPerSecond: rate, etaSeconds: (totalImages - imagesSeen) / rate });
        }
        if (probe && now - lastMaps >= FEATURE_MAP_MS) { lastMaps = now; sendMaps(epoch, batch + 1); }
      }
      const val = validation.count ? evaluateSplit(model, validation, imageShape, numClasses, lossSpec) : null;
      const metrics: EpochMetrics = {
        epoch, loss: lossSum / seen, accuracy: correct / seen, valLoss: val?.loss ?? null, valAccuracy: val?.accuracy ?? null,
        imagesPerSecond: seen / (activeMs / 1000), durationSeconds: (performance.now() - epochStart) / 1000,
      };
      history.push(metrics);
      emit({ type: 'epochEnd', ...metrics, epochs: cfg.epochs, etaSeconds: (cfg.epochs - epoch) * metrics.durationSeconds, tensors: tf.memory().numTensors });
      await saveModel(model, outDir, { convas: { project: project.name, epoch, classNames: dataset.classNames } });
      await record(null);
      emit({ type: 'checkpoint', epoch, dir: outDir });
      const watched = metrics.valLoss ?? metrics.loss;
      if (watched < bestValLoss) { bestValLoss = watched; sinceBest = 0; } else if (cfg.earlyStopping && ++sinceBest >= cfg.earlyStopping.patience) {
        reason = 'earlyStopping';
        break;
      }
    }
    if (reason === 'stopped' && imagesSeen > 0) await saveModel(model, outDir, { convas: { project: project.name, epoch: history.length, classNames: dataset.classNames } });
    const testMetrics = imagesSeen > 0 && test.count ? evaluateSplit(model, test, imageShape, numClasses, lossSpec) : null;
    await record(testMetrics);
    emit({ type: 'done', reason, history, test: testMetrics, durationSeconds: (performance.now() - started) / 1000, outDir: path.resolve(outDir), backend: backend.name });
  } finally {
    await trainStep.close();
  }
  model.dispose();
  optimizer.dispose();
}
