/** Entry of the training worker thread: commands in, events out (see protocol.ts). */
import { parentPort } from 'node:worker_threads';
import { ConvasError, ERROR_CATALOGUE } from '../core/errors';
import { TrainControl } from './control';
import { trainCommandSchema, type TrainEvent } from '../core/train/protocol';
import { runTraining } from './trainer';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');

const control = new TrainControl();
let running = false;
const emit = (event: TrainEvent, transfer: ArrayBuffer[] = []) => port.postMessage(event, transfer);

function fail(e: unknown): void {
  if (e instanceof ConvasError) emit({ type: 'error', code: e.code, message: e.message, hint: e.hint });
  else
    emit({
      type: 'error',
      code: 'INTERNAL',
      message: e instanceof Error ? (e.stack ?? e.message) : String(e),
      hint: ERROR_CATALOGUE.INTERNAL,
    });
}

port.on('message', (raw: unknown) => {
  const parsed = trainCommandSchema.safeParse(raw);
  if (!parsed.success) {
    emit({
      type: 'error',
      code: 'TRAINING_CONFIG',
      message: `bad command: ${parsed.error.issues[0]?.message}`,
      hint: ERROR_CATALOGUE.TRAINING_CONFIG,
    });
    return;
  }
  const cmd = parsed.data;
  switch (cmd.type) {
    case 'start':
      if (running) return;
      running = true;
      runTraining(cmd, control, emit)
        .catch(fail)
        .finally(() => port.close());
      return;
    case 'pause':
      control.pause();
      return;
    case 'resume':
      control.resume();
      return;
    case 'stop':
      control.stop();
      return;
    case 'setLearningRate':
      control.pendingLearningRate = cmd.value;
      return;
    case 'probe':
      control.pendingProbe = cmd.index;
      return;
  }
});
