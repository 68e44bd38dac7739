/**
 * The fit loop that runs inside the training worker: backend, data, compile, epochs of optimizer
 * steps, validation, checkpoints, early stopping, test metrics. Talks only through `emit`.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { ConvasError } from '../core/errors';
import { openDataset } from '../data/load';
import type { DatasetSources } from '../core/data/types';
import { analyzeGraph } from '../core/graph/analyze';
import { graphError } from '../core/graph/graphError';
import { inputShapeOf } from '../core/graph/inputShape';
import { layerContextOf } from '../core/graph/layerContext';
import { modelTotals } from '../core/graph/summary';
import { outputActivation } from '../core/layers/output';
import { graphHash } from '../core/project/identity';
import { selectBackend, type SelectedBackend } from '../tf/backend';
import { compileGraph } from '../tf/compile';
import { saveModel } from '../tf/modelFiles';
import { loadWeightsInto } from '../tf/trainedModel';
import type { TrainControl } from './control';
import { evaluateSplit } from './evaluate';
import { createFeatureProbe } from './featureProbe';
import { makeOptimizer } from './optimizer';
import { ProbeImages } from './probeImage';
import type { EpochMetrics, StartOptions, TestMetrics } from '../core/train/protocol';
import { writeRunRecord } from './runRecord';
import { selectTrainStep } from './selectTrainStep';
import { SkipReporter } from './skipReporter';
import type { LossSpec, Task } from './step';
import type { TargetLayout } from './targets';
import { epochMetrics, trainEpoch, type Emit, type EpochLoop } from './trainEpoch';

export type { Emit } from './trainEpoch';

/**
 * Trains `start.project` on its dataset, emitting every event of the protocol; the dataset's decode
 * workers are closed whatever happens.
 * @example
 * await runTraining(startCommandSchema.parse(command), new TrainControl(), event => port.postMessage(event));
 */
export async function runTraining(start: StartOptions, control: TrainControl, emit: Emit): Promise<void> {
  const started = performance.now();
  const cfg = start.project.training;
  const backend = await selectBackend(start.backend);
  const imageShape = inputShapeOf(start.project);
  const dataset = await openDataset(start.project.dataset, start.baseDir, {
    validationSplit: cfg.validationSplit,
    seed: cfg.seed,
    testSplit: cfg.testSplit,
    ...(start.limit && { limit: start.limit }),
    ...(imageShape && { imageShape }),
  });
  try {
    await trainOn(dataset, backend, start, control, emit, started);
  } finally {
    await dataset.close();
  }
}

async function trainOn(
  dataset: DatasetSources,
  backend: SelectedBackend,
  start: StartOptions,
  control: TrainControl,
  emit: Emit,
  started: number,
): Promise<void> {
  const { project, outDir } = start;
  const runId = start.runId ?? randomUUID();
  const startedAt = new Date(Date.now() - (performance.now() - started)).toISOString();
  const cfg = project.training;
  const analysis = analyzeGraph(project, { dataset });
  const error = graphError(analysis.problems);
  if (error) throw error;
  const { train, validation, test, imageShape, classNames } = dataset;
  const task: Task = dataset.task ?? 'classification';
  const targetNames = dataset.targetNames ?? [];
  const modelName = project.name.replace(/[^A-Za-z0-9_]/g, '_');
  const { model, layerOf } = compileGraph(analysis, layerContextOf(dataset), modelName, { seed: cfg.seed });
  if (start.initialWeights) {
    await loadInitialWeights(model, path.resolve(start.baseDir, start.initialWeights)).catch((e: unknown) => {
      model.dispose();
      throw e;
    });
  }
  const outputNode = analysis.byId.get(analysis.outputId!)!;
  const lossSpec: LossSpec = {
    task,
    logits: task === 'classification' && outputActivation(outputNode.params as never) === 'linear',
  };
  const layout: TargetLayout = { task, numClasses: classNames.length, width: train.targetWidth };
  const optimizer = makeOptimizer(cfg);
  const batchSize = Math.min(cfg.batchSize, train.count);
  const trainStep = await selectTrainStep({
    model,
    optimizer,
    spec: lossSpec,
    backend: backend.name,
    recipe: { graph: project, dataset: { imageShape, classNames, task, targetNames }, modelName, seed: cfg.seed },
    batchSize,
  });
  const skips = new SkipReporter([train, validation, test]);
  const reportSkipped = () => {
    const files = skips.fresh();
    if (files.length) emit({ type: 'skippedFiles', files, total: skips.total });
  };
  try {
    const probe = createFeatureProbe(model, analysis, layerOf, imageShape);
    const probeImages = new ProbeImages(test.count ? test : train);
    const loop: EpochLoop = {
      train,
      step: trainStep.step,
      optimizer,
      control,
      emit,
      imageShape,
      layout,
      batchSize,
      seed: cfg.seed,
      totalImages: cfg.epochs * train.count,
      state: { imagesSeen: 0, lastBatchEvent: 0, lastMaps: performance.now(), probeIndex: start.probeIndex },
      async sendMaps(epoch, batch) {
        reportSkipped();
        const sample = probe && (await probeImages.at(loop.state.probeIndex));
        if (!probe || !sample) return;
        const maps = probe.read(sample.pixels);
        emit(
          { type: 'featureMaps', epoch, batch, probeIndex: loop.state.probeIndex, probeLabel: sample.label, maps },
          maps.map(m => m.data.buffer as ArrayBuffer),
        );
      },
    };
    emit({
      type: 'compiled',
      backend: backend.name,
      backendDetail: backend.detail + trainStep.detail,
      params: modelTotals(analysis).params,
      dataset: {
        name: dataset.name,
        task,
        classNames,
        targetNames,
        imageShape,
        train: train.count,
        validation: validation.count,
        test: test.count,
      },
      batchesPerEpoch: Math.ceil(train.count / batchSize),
      epochs: cfg.epochs,
      learningRate: cfg.learningRate,
    });
    await loop.sendMaps(0, 0);

    const x = new Float32Array(batchSize * imageShape.reduce((a, b) => a * b, 1));
    const y = new Float32Array(batchSize * train.targetWidth);
    const history: EpochMetrics[] = [];
    let reason: 'completed' | 'stopped' | 'earlyStopping' = 'completed';
    let bestValLoss = Infinity,
      sinceBest = 0;
    const modelMeta = () => ({
      convas: { project: project.name, epoch: history.length, classNames, task, targetNames },
    });
    const identity = {
      runId,
      startedAt,
      projectId: project.id,
      projectFile: start.projectFile ?? null,
      graphHash: graphHash(project),
      params: modelTotals(analysis).params,
    };
    const record = (testMetrics: TestMetrics | null, finished: boolean) =>
      writeRunRecord(outDir, {
        ...identity,
        finished,
        project,
        backend: backend.name,
        dataset,
        history,
        test: testMetrics,
        durationSeconds: (performance.now() - started) / 1000,
        reason,
        skippedFiles: skips.all(),
      });

    for (let epoch = 1; epoch <= cfg.epochs; epoch++) {
      const epochStart = performance.now();
      const totals = await trainEpoch(loop, epoch, x, y);
      if (!totals) {
        reason = 'stopped';
        break;
      }
      if (!totals.seen) {
        reportSkipped();
        throw new ConvasError(
          'DATASET_FORMAT',
          `none of the ${train.count} training images could be decoded (${skips.total} files skipped, e.g. ${skips.all()[0]?.path ?? 'none'})`,
        );
      }
      const val = validation.count
        ? await evaluateSplit(model, validation, { imageShape, spec: lossSpec, layout })
        : null;
      const metrics = epochMetrics(epoch, totals, val, task, epochStart);
      history.push(metrics);
      reportSkipped();
      emit({
        type: 'epochEnd',
        ...metrics,
        epochs: cfg.epochs,
        etaSeconds: (cfg.epochs - epoch) * metrics.durationSeconds,
        tensors: tf.memory().numTensors,
      });
      await saveModel(model, outDir, modelMeta());
      await record(null, false);
      emit({ type: 'checkpoint', epoch, dir: outDir });
      const watched = metrics.valLoss ?? metrics.loss;
      if (watched < bestValLoss) {
        bestValLoss = watched;
        sinceBest = 0;
      } else if (cfg.earlyStopping && ++sinceBest >= cfg.earlyStopping.patience) {
        reason = 'earlyStopping';
        break;
      }
    }
    const trained = loop.state.imagesSeen > 0;
    if (reason === 'stopped' && trained) await saveModel(model, outDir, modelMeta());
    const testMetrics =
      trained && test.count
        ? await evaluateSplit(model, test, { imageShape, spec: lossSpec, layout, withImages: true })
        : null;
    reportSkipped();
    await record(testMetrics, true);
    const transfer =
      testMetrics?.task === 'regression' ? testMetrics.worst.map(w => w.image.buffer as ArrayBuffer) : [];
    emit(
      {
        type: 'done',
        reason,
        history,
        test: testMetrics,
        durationSeconds: (performance.now() - started) / 1000,
        outDir: path.resolve(outDir),
        backend: backend.name,
        runId,
      },
      transfer,
    );
  } finally {
    await trainStep.close();
  }
  model.dispose();
  optimizer.dispose();
}

/** Fine-tuning: the run starts from saved weights (an imported model's); they must fit every layer. */
async function loadInitialWeights(model: LayersModel, dir: string): Promise<void> {
  try {
    await loadWeightsInto(model, dir);
  } catch (e) {
    if (!(e instanceof ConvasError) || e.code !== 'WEIGHTS_MISMATCH') throw e;
    throw new ConvasError(
      e.code,
      `initial weights: ${e.message}`,
      "Initial weights must fit every layer: undo the changes to the layers named (e.g. keep the imported Output's units), or train from random weights.",
    );
  }
}
