/**
 * Entry of the data-parallel replica thread: builds the same model on the same backend, then
 * serves commands from shared memory until told to stop. Its event loop is blocked while it
 * serves, so everything after the init message goes through Atomics; errors go out on a port.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { MessagePort } from 'node:worker_threads';
import { parentPort } from 'node:worker_threads';
import { selectBackend } from '../tf/backend';
import { batchGradients, modelVariables, readValues, writeValues } from './gradients';
import { buildModel, type ModelRecipe } from './modelRecipe';
import { COMMAND, CONTROL, STATUS, viewsOf, type ReplicaBuffers, type ReplicaViews } from './replicaChannel';
import type { LossSpec } from './step';

export interface ReplicaInit {
  recipe: ModelRecipe;
  backend: 'wasm' | 'cpu';
  spec: LossSpec;
  buffers: ReplicaBuffers;
  errorPort: MessagePort;
}

export type ReplicaReady = { type: 'ready'; shapes: number[][] } | { type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('replicaWorker.ts must run in a worker thread');

port.once('message', (init: ReplicaInit) => {
  start(init).catch((e: unknown) =>
    port.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) } satisfies ReplicaReady),
  );
});

async function start(init: ReplicaInit): Promise<void> {
  await selectBackend(init.backend);
  const model = buildModel(init.recipe);
  const variables = modelVariables(model);
  const all = [...variables.trainable, ...variables.frozen];
  port!.postMessage({ type: 'ready', shapes: all.map(v => v.shape) } satisfies ReplicaReady);
  serve(init, viewsOf(init.buffers), model, variables);
  model.dispose();
  init.errorPort.close();
  port!.close();
}

function serve(
  init: ReplicaInit,
  views: ReplicaViews,
  model: LayersModel,
  variables: ReturnType<typeof modelVariables>,
): void {
  const { control } = views;
  const all = [...variables.trainable, ...variables.frozen];
  const { inputSize, targetSize, trainableValues } = init.buffers.sizes;
  const inputShape = (model.inputs[0]!.shape as number[]).slice(1);
  const targetShape = (model.outputs[0]!.shape as number[]).slice(1);
  // Not a load: the first request may already be in by now, since 'ready' went out before this line.
  let seen = 0;
  for (;;) {
    Atomics.wait(control, CONTROL.request, seen);
    seen = Atomics.load(control, CONTROL.request);
    const command = Atomics.load(control, CONTROL.command);
    if (command === COMMAND.stop) return;
    try {
      readValues(all, views.weights);
      if (command === COMMAND.snapshot) writeValues(all, views.results);
      else {
        const n = Atomics.load(control, CONTROL.count);
        const x = tf.tensor(views.inputs.slice(0, n * inputSize), [n, ...inputShape], 'float32');
        const y = tf.tensor(
          views.targets.slice(0, n * targetSize),
          [n, ...targetShape],
          control[CONTROL.intTargets] ? 'int32' : 'float32',
        );
        const { grads, loss, correct, mae } = batchGradients(model, variables.trainable, init.spec, x, y);
        writeValues(grads, views.results);
        // After the forward pass: the frozen weights now hold this part's batch-norm statistics.
        const end = writeValues(variables.frozen, views.results, trainableValues);
        views.results[end] = loss;
        views.results[end + 1] = correct;
        views.results[end + 2] = mae;
        tf.dispose([x, y, ...grads]);
      }
      Atomics.store(control, CONTROL.status, STATUS.ok);
    } catch (e) {
      init.errorPort.postMessage(e instanceof Error ? (e.stack ?? e.message) : String(e));
      Atomics.store(control, CONTROL.status, STATUS.failed);
    }
    Atomics.store(control, CONTROL.done, seen);
    Atomics.notify(control, CONTROL.done);
  }
}
