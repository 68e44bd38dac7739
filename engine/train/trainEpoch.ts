/** One epoch of optimizer steps over the training split, with the commands and events that come between batches. */
import * as tf from '@tensorflow/tfjs-core';
import { ConvasError } from '../core/errors';
import { seededShuffle } from '../data/random';
import type { SplitSource } from '../core/data/types';
import type { TrainControl } from './control';
import { setLearningRate } from './optimizer';
import type { TrainStep } from './parallelStep';
import type { EpochMetrics, TestMetrics, TrainEvent } from '../core/train/protocol';
import { targetTensor, type TargetLayout } from './targets';

const BATCH_EVENT_MS = 100;
const FEATURE_MAP_MS = 500;
/** Batches decoded ahead of the one training (streamed datasets): enough to ride out a slow file. */
const PREFETCH_BATCHES = 3;

export type Emit = (event: TrainEvent, transfer?: ArrayBuffer[]) => void;

/** What the batches of every epoch share; `state` carries over from epoch to epoch. */
export interface EpochLoop {
  train: SplitSource;
  step: TrainStep;
  optimizer: tf.Optimizer;
  control: TrainControl;
  emit: Emit;
  imageShape: number[];
  layout: TargetLayout;
  batchSize: number;
  seed: number;
  /** Images in the whole run, for the ETA. */
  totalImages: number;
  /** Streams the probe image's feature maps (for `state.probeIndex`). */
  sendMaps(epoch: number, batch: number): Promise<void>;
  state: { imagesSeen: number; lastBatchEvent: number; lastMaps: number; probeIndex: number };
}

export interface EpochTotals {
  lossSum: number;
  correct: number;
  maeSum: number;
  seen: number;
  activeMs: number;
}

/**
 * Runs one epoch in the seeded order for `epoch`; null when a stop command ends it.
 * @example
 * const totals = await trainEpoch(loop, 1, x, y);
 */
export async function trainEpoch(
  loop: EpochLoop,
  epoch: number,
  x: Float32Array,
  y: Float32Array,
): Promise<EpochTotals | null> {
  const { train, control, emit, batchSize, state, layout } = loop;
  const batchesPerEpoch = Math.ceil(train.count / batchSize);
  const pixels = loop.imageShape.reduce((a, b) => a * b, 1);
  const order = seededShuffle(train.count, loop.seed + epoch);
  const totals: EpochTotals = { lossSum: 0, correct: 0, maeSum: 0, seen: 0, activeMs: 0 };
  train.prefetch(order, 0, batchSize * PREFETCH_BATCHES);
  for (let batch = 0; batch < batchesPerEpoch; batch++) {
    if (
      await control.checkpoint(
        () => emit({ type: 'status', phase: 'paused' }),
        () => emit({ type: 'status', phase: 'running' }),
      )
    )
      return null;
    if (control.pendingLearningRate !== undefined) {
      setLearningRate(loop.optimizer, control.pendingLearningRate);
      emit({ type: 'learningRate', value: control.pendingLearningRate });
      control.pendingLearningRate = undefined;
    }
    if (control.pendingProbe !== undefined) {
      state.probeIndex = control.pendingProbe;
      control.pendingProbe = undefined;
      state.lastMaps = 0;
    }
    const t0 = performance.now();
    const n = await train.fill(order, batch * batchSize, batchSize, x, y);
    // Streamed datasets decode the next batches in their worker threads while this one's (synchronous) step runs.
    train.prefetch(order, (batch + 1) * batchSize, batchSize * PREFETCH_BATCHES);
    if (!n) continue;
    const xs = tf.tensor(x.subarray(0, n * pixels), [n, ...loop.imageShape]);
    const ys = targetTensor(y, n, layout);
    const result = loop.step(xs, ys);
    tf.dispose([xs, ys]);
    totals.activeMs += performance.now() - t0;
    if (!Number.isFinite(result.loss)) {
      throw new ConvasError(
        'TRAIN_NAN',
        `the loss became ${result.loss} at epoch ${epoch}, batch ${batch + 1} (learning rate ${(loop.optimizer as unknown as { learningRate: number }).learningRate})`,
      );
    }
    totals.lossSum += result.loss * n;
    totals.correct += result.correct;
    totals.maeSum += result.mae * n;
    totals.seen += n;
    state.imagesSeen += n;
    const now = performance.now();
    const rate = totals.seen / (totals.activeMs / 1000);
    if (now - state.lastBatchEvent >= BATCH_EVENT_MS || batch === batchesPerEpoch - 1) {
      state.lastBatchEvent = now;
      const metric =
        layout.task === 'classification'
          ? { accuracy: result.correct / n, mae: null }
          : { accuracy: null, mae: result.mae };
      emit({
        type: 'batchEnd',
        epoch,
        batch: batch + 1,
        batchesPerEpoch,
        loss: result.loss,
        ...metric,
        imagesPerSecond: rate,
        etaSeconds: (loop.totalImages - state.imagesSeen) / rate,
      });
    }
    if (now - state.lastMaps >= FEATURE_MAP_MS) {
      state.lastMaps = now;
      await loop.sendMaps(epoch, batch + 1);
    }
  }
  return totals;
}

/**
 * The epoch's metrics: accuracy (classification) or MAE (regression), the other null.
 * @example
 * history.push(epochMetrics(epoch, totals, val, 'classification', epochStart));
 */
export function epochMetrics(
  epoch: number,
  totals: EpochTotals,
  val: TestMetrics | null,
  task: TargetLayout['task'],
  started: number,
): EpochMetrics {
  const { lossSum, correct, maeSum, seen, activeMs } = totals;
  return {
    epoch,
    loss: lossSum / seen,
    accuracy: task === 'classification' ? correct / seen : null,
    mae: task === 'regression' ? maeSum / seen : null,
    valLoss: val?.loss ?? null,
    valAccuracy: val?.task === 'classification' ? val.accuracy : null,
    valMae: val?.task === 'regression' ? val.mae : null,
    imagesPerSecond: seen / (activeMs / 1000),
    durationSeconds: (performance.now() - started) / 1000,
  };
}
