/**
 * Data-parallel training step over two threads. Each batch is split in two parts: this thread
 * computes the gradients of one part while a replica worker thread (same graph, same backend and
 * kernels) computes the other's; the gradients are averaged weighted by part size, so they equal
 * the full-batch mean, and this thread's optimizer applies them. This thread's model is the only
 * authority: before each step the replica reloads every weight from shared memory.
 *
 * Batch norm: each part normalises with its own batch statistics (as PyTorch's DDP without
 * SyncBatchNorm), so with batch norm the gradients are those of two half batches, not of the
 * full batch. The moving mean and variance (and any other non-trainable weight) become the
 * part-size-weighted average of both replicas' values: the moving mean then follows the full-batch
 * mean exactly; the moving variance follows the average of the parts' variances (it misses the
 * small spread between the parts' means).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { batchGradients, modelVariables, valueCount, writeValues } from './gradients';
import type { ModelRecipe } from './modelRecipe';
import { allocateBuffers, COMMAND, CONTROL, STATUS, viewsOf, type ReplicaViews } from './replicaChannel';
import type { ReplicaInit, ReplicaReady } from './replicaWorker';
import { spawnTsWorker } from './spawnWorker';
import type { LossSpec, StepResult } from './step';

export type TrainStep = (x: tf.Tensor, y: tf.Tensor) => StepResult;

export interface ParallelTrainStep {
  step: TrainStep;
  /** The replica's current weights (trainable then frozen), after it reloads them: for tests. */
  replicaWeights(): Float32Array;
  /** Stops and ends the replica thread. Safe to call twice. */
  close(): Promise<void>;
}

export interface ParallelOptions {
  recipe: ModelRecipe;
  backend: 'wasm' | 'cpu';
  /** Largest batch that will be split; larger ones run on this thread alone. */
  maxBatch: number;
  /** How long the replica may take to start (tsx, tfjs, compile). */
  startTimeoutMs?: number;
}

const START_TIMEOUT_MS = 60_000;
// A replica step on the pure-JS backend can take minutes; a stuck replica must still end the run.
const STEP_TIMEOUT_MS = 30 * 60_000;

/**
 * Starts a replica thread for `model` (which must have been built from `options.recipe`) and
 * returns a step with createTrainStep's interface. Rejects if the replica cannot start.
 *
 * @example
 * const parallel = await createParallelTrainStep(model, tf.train.adam(1e-3), spec, { recipe, backend: 'wasm', maxBatch: 64 });
 * try { const { loss, correct, mae } = parallel.step(xs, ys); } finally { await parallel.close(); }
 */
export async function createParallelTrainStep(
  model: LayersModel,
  optimizer: tf.Optimizer,
  spec: LossSpec,
  options: ParallelOptions,
): Promise<ParallelTrainStep> {
  const variables = modelVariables(model);
  const all = [...variables.trainable, ...variables.frozen];
  if (all.some(v => v.dtype !== 'float32')) throw new Error('the model has non-float32 weights');
  const inputShape = (model.inputs[0]!.shape as number[]).slice(1);
  const targetShape = (model.outputs[0]!.shape as number[]).slice(1);
  const sizes = {
    capacity: Math.ceil(options.maxBatch / 2),
    inputSize: inputShape.reduce((a, b) => a * b, 1),
    targetSize: targetShape.reduce((a, b) => a * b, 1),
    trainableValues: valueCount(variables.trainable),
    frozenValues: valueCount(variables.frozen),
  };
  const buffers = allocateBuffers(sizes);
  const views = viewsOf(buffers);
  const errors = new MessageChannel();
  const worker = spawnTsWorker(new URL('./replicaWorker.ts', import.meta.url));
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    command(views, COMMAND.stop);
    errors.port1.close();
    await worker.terminate();
  };
  try {
    const { graph, dataset, modelName, seed = 0 } = options.recipe;
    // Only what the replica reads: a caller's dataset object may carry every image.
    const { imageShape, classNames, task, targetNames } = dataset;
    // Another seed, so the replica's half of a batch is not augmented exactly like this thread's half.
    const recipe: ModelRecipe = {
      graph: { nodes: graph.nodes, edges: graph.edges },
      dataset: { imageShape, classNames, task, targetNames },
      modelName,
      seed: seed + 1,
    };
    worker.postMessage(
      { recipe, backend: options.backend, spec, buffers, errorPort: errors.port2 } satisfies ReplicaInit,
      [errors.port2],
    );
    const shapes = await replicaReady(worker, options.startTimeoutMs ?? START_TIMEOUT_MS);
    const mine = all.map(v => v.shape);
    if (JSON.stringify(shapes) !== JSON.stringify(mine))
      throw new Error('the replica built a model with different weights');
    // A crash shows up as a step that fails or never finishes; without a listener it would throw here instead.
    worker.on('error', () => {});
    // Steps talk through shared memory only: an unclosed replica must not keep the process alive.
    worker.unref();
  } catch (e) {
    await close();
    throw e;
  }

  const single = singleThreadStep(model, optimizer, spec, variables.trainable);
  const finish = (request: number) => {
    awaitDone(views.control, request);
    if (Atomics.load(views.control, CONTROL.status) === STATUS.failed) {
      const message = receiveMessageOnPort(errors.port1)?.message ?? 'no message';
      throw new Error(`the data-parallel replica failed: ${message}`);
    }
  };

  const step: TrainStep = (x, y) => {
    const n = x.shape[0]!;
    const replicaCount = n - Math.floor(n / 2);
    if (closed || n < 2 || replicaCount > sizes.capacity) return single(x, y);
    const ownCount = n - replicaCount;
    // The replica reloads the weights at the start of every command: write them first.
    writeValues(all, views.weights);
    views.inputs.set((x.dataSync() as Float32Array).subarray(ownCount * sizes.inputSize));
    views.targets.set(y.dataSync().subarray(ownCount * sizes.targetSize));
    views.control[CONTROL.count] = replicaCount;
    views.control[CONTROL.intTargets] = y.dtype === 'int32' ? 1 : 0;
    const request = command(views, COMMAND.step);

    const [ownX, ownY] = tf.tidy(() => [tf.slice(x, 0, ownCount), tf.slice(y, 0, ownCount)]);
    const own = batchGradients(model, variables.trainable, spec, ownX, ownY);
    tf.dispose([ownX, ownY]);
    try {
      finish(request);
    } catch (e) {
      tf.dispose(own.grads);
      throw e;
    }

    const ownShare = ownCount / n,
      replicaShare = replicaCount / n;
    const results = views.results;
    const averaged: tf.NamedTensorMap = {};
    tf.tidy(() => {
      let offset = 0;
      variables.trainable.forEach((v, i) => {
        const theirs = tf.tensor(results.slice(offset, offset + v.size), v.shape, 'float32');
        averaged[v.name] = tf.keep(tf.add(tf.mul(own.grads[i]!, ownShare), tf.mul(theirs, replicaShare)));
        offset += v.size;
      });
      for (const v of variables.frozen) {
        // A frozen node's weights are equal on both sides; averaging could still move them by rounding.
        if (!variables.fixed.has(v)) {
          const theirs = tf.tensor(results.slice(offset, offset + v.size), v.shape, 'float32');
          v.assign(tf.add(tf.mul(v, ownShare), tf.mul(theirs, replicaShare)));
        }
        offset += v.size;
      }
    });
    tf.dispose(own.grads);
    optimizer.applyGradients(averaged);
    tf.dispose(Object.values(averaged));
    const end = sizes.trainableValues + sizes.frozenValues;
    return {
      loss: own.loss * ownShare + results[end]! * replicaShare,
      correct: own.correct + results[end + 1]!,
      mae: own.mae * ownShare + results[end + 2]! * replicaShare,
    };
  };

  const replicaWeights = () => {
    if (closed) throw new Error('the replica has ended');
    writeValues(all, views.weights);
    finish(command(views, COMMAND.snapshot));
    return views.results.slice(0, sizes.trainableValues + sizes.frozenValues);
  };

  return { step, replicaWeights, close };
}

/**
 * The whole batch on this thread, with gradients applied in the same variable order as the
 * parallel step (Adam and friends keep their moments by position, so the order must not change).
 */
function singleThreadStep(
  model: LayersModel,
  optimizer: tf.Optimizer,
  spec: LossSpec,
  trainable: tf.Variable[],
): TrainStep {
  return (x, y) => {
    const { grads, loss, correct, mae } = batchGradients(model, trainable, spec, x, y);
    const named: tf.NamedTensorMap = {};
    trainable.forEach((v, i) => {
      named[v.name] = grads[i]!;
    });
    optimizer.applyGradients(named);
    tf.dispose(grads);
    return { loss, correct, mae };
  };
}

/** Issues a command to the replica; returns its request number. */
function command(views: ReplicaViews, which: number): number {
  Atomics.store(views.control, CONTROL.command, which);
  const request = Atomics.add(views.control, CONTROL.request, 1) + 1;
  Atomics.notify(views.control, CONTROL.request);
  return request;
}

function awaitDone(control: Int32Array, request: number): void {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  for (let done = Atomics.load(control, CONTROL.done); done !== request; done = Atomics.load(control, CONTROL.done)) {
    if (performance.now() > deadline) throw new Error('the data-parallel replica stopped answering');
    Atomics.wait(control, CONTROL.done, done, 1000);
  }
}

function replicaReady(worker: Worker, timeoutMs: number): Promise<number[][]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`the replica did not start within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', fail);
      worker.off('exit', onExit);
    };
    const fail = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onExit = (code: number) => fail(new Error(`the replica exited (code ${code}) while starting`));
    const onMessage = (m: ReplicaReady) => {
      cleanup();
      if (m.type === 'ready') resolve(m.shapes);
      else reject(new Error(m.message));
    };
    worker.on('message', onMessage);
    worker.on('error', fail);
    worker.on('exit', onExit);
  });
}
