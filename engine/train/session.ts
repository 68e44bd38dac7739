/**
 * A training session owns one worker thread: it starts it with a start command, relays later
 * commands, and hands every event to its listener. The UI process never runs tfjs itself.
 */
import type { Worker } from 'node:worker_threads';
import { ConvasError } from '../core/errors';
import { startCommandSchema, type StartCommand, type TrainCommand, type TrainEvent } from '../core/train/protocol';
import { spawnTsWorker } from './spawnWorker';

type Finished = Extract<TrainEvent, { type: 'done' | 'error' }>;

export class TrainingSession {
  private readonly worker: Worker;
  private finished: Finished | undefined;
  readonly done: Promise<Finished>;

  /**
   * @example
   * const session = TrainingSession.start({ type: 'start', project, baseDir, outDir }, e => console.log(e.type));
   * const end = await session.done; // { type: 'done', test: { accuracy: 0.97, ... }, ... }
   */
  static start(command: StartCommand, onEvent: (event: TrainEvent) => void): TrainingSession {
    const parsed = startCommandSchema.safeParse(command);
    if (!parsed.success)
      throw new ConvasError('TRAINING_CONFIG', parsed.error.issues[0]?.message ?? 'bad start command');
    return new TrainingSession(command, onEvent);
  }

  private constructor(command: StartCommand, onEvent: (event: TrainEvent) => void) {
    this.worker = spawnTsWorker(new URL('./worker.ts', import.meta.url));
    this.done = new Promise(resolve => {
      const finish = (event: Finished) => {
        if (this.finished) return;
        this.finished = event;
        onEvent(event);
        resolve(event);
      };
      this.worker.on('message', (event: TrainEvent) => {
        if (event.type === 'done' || event.type === 'error') finish(event);
        else onEvent(event);
      });
      this.worker.on('error', e =>
        finish({
          type: 'error',
          code: 'INTERNAL',
          message: e.stack ?? e.message,
          hint: 'The training worker crashed; the last checkpoint is kept.',
        }),
      );
      this.worker.on('exit', code =>
        finish({
          type: 'error',
          code: 'INTERNAL',
          message: `the training worker exited (code ${code}) before finishing`,
          hint: 'The last checkpoint is kept.',
        }),
      );
    });
    this.worker.postMessage(command);
  }

  get running(): boolean {
    return !this.finished;
  }

  send(command: Exclude<TrainCommand, { type: 'start' }>): void {
    if (!this.finished) this.worker.postMessage(command);
  }

  /** Asks the loop to stop after the current batch (it saves the model), then waits for it. */
  async stop(): Promise<Finished> {
    this.send({ type: 'stop' });
    return this.done;
  }

  /** Ends the worker at once (the last checkpoint stays on disk). */
  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}
