/**
 * Chooses how the trainer (and the bench) run their optimizer steps: data-parallel over two
 * threads on the single-threaded backends when the machine has the cores, else one thread.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { availableParallelism } from 'node:os';
import type { BackendName } from '../tf/backend';
import type { ModelRecipe } from './modelRecipe';
import { createParallelTrainStep, type TrainStep } from './parallelStep';
import { createTrainStep, type LossSpec } from './step';

export interface ChosenTrainStep {
  step: TrainStep;
  /** 2 when data-parallel. */
  threads: number;
  /** Appended to the backend's detail, e.g. ", data-parallel on 2 threads". */
  detail: string;
  /** Ends the replica thread, if any. */
  close(): Promise<void>;
}

export interface TrainStepRequest {
  model: LayersModel;
  optimizer: tf.Optimizer;
  spec: LossSpec;
  backend: BackendName;
  /** How to rebuild `model` in another thread. */
  recipe: ModelRecipe;
  batchSize: number;
  /** CONVAS_TRAIN_THREADS: '1' keeps training on one thread. */
  threadsSetting?: string | undefined;
}

/**
 * wasm and cpu compute on one thread in Node, so a second thread doubles the hardware in use;
 * the TensorFlow backends already use every core.
 *
 * @example
 * const chosen = await selectTrainStep({ model, optimizer, spec, backend: 'wasm', recipe, batchSize: 64 });
 * console.log(`wasm${chosen.detail}`); // "wasm, data-parallel on 2 threads"
 * try { chosen.step(xs, ys); } finally { await chosen.close(); }
 */
export async function selectTrainStep(request: TrainStepRequest): Promise<ChosenTrainStep> {
  const { model, optimizer, spec, backend } = request;
  const oneThread = (detail: string): ChosenTrainStep => ({
    step: createTrainStep(model, optimizer, spec),
    threads: 1,
    detail,
    close: async () => {},
  });
  if (backend !== 'wasm' && backend !== 'cpu') return oneThread('');
  const setting = request.threadsSetting ?? process.env.CONVAS_TRAIN_THREADS;
  if (setting?.trim() === '1') return oneThread(', one thread (CONVAS_TRAIN_THREADS=1)');
  if (availableParallelism() < 2) return oneThread('');
  if (request.batchSize < 2) return oneThread('');
  try {
    const parallel = await createParallelTrainStep(model, optimizer, spec, {
      recipe: request.recipe,
      backend,
      maxBatch: request.batchSize,
    });
    return { step: parallel.step, threads: 2, detail: ', data-parallel on 2 threads', close: parallel.close };
  } catch (e) {
    return oneThread(
      `, one thread (the data-parallel replica failed to start: ${e instanceof Error ? e.message : String(e)})`,
    );
  }
}
