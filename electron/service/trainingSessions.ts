/** The service's training runs: one worker each, events relayed to every UI with the run's id. */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConvasError } from '../../engine/core/errors';
import type { StartOptions, TrainCommand, TrainEvent } from '../../engine/core/train/protocol';
import { TrainingSession } from '../../engine/train/session';
import type { HostEvent } from '../contract/hostApi';

export type SessionCommand = Exclude<TrainCommand, { type: 'start' }>;
type StartRequest = Omit<StartOptions, 'type' | 'outDir'> & { outDir?: string };

/** How long closeAll lets a run save its model before ending the worker. */
const STOP_GRACE_MS = 5000;

export interface TrainingSessions {
  /** The session id is also the run's id in run.json. */
  start(request: StartRequest): { sessionId: string; outDir: string; runId: string };
  /** Commands to a finished run are ignored; an unknown id is an error. */
  control(sessionId: string, command: SessionCommand): void;
  /** Stops every run (each saves its model), ending workers that do not stop within `graceMs`. */
  closeAll(graceMs?: number): Promise<void>;
}

/** `runs/<project>-<YYYYMMDD-HHMMSS>` under `dataDir`, with -2, -3… if that folder exists. */
export function defaultRunDir(dataDir: string, projectName: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const base = path.join(dataDir, 'runs', `${projectName.replace(/[^A-Za-z0-9_-]+/g, '-')}-${stamp}`);
  let dir = base;
  for (let i = 2; existsSync(dir); i++) dir = `${base}-${i}`;
  return dir;
}

const KEPT_FINISHED = 50;

/** A long-lived app keeps only the latest finished runs' handles (Maps iterate oldest first). */
function forgetOldRuns(sessions: Map<string, TrainingSession>): void {
  const finished = [...sessions].filter(([, s]) => !s.running);
  for (const [id] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) sessions.delete(id);
}

/**
 * @example
 * const sessions = createTrainingSessions('/home/ada/.local/share/convas', e => ui.send(e));
 * const { sessionId } = sessions.start({ project, baseDir, backend: 'auto', probeIndex: 0 });
 * sessions.control(sessionId, { type: 'pause' });
 */
export function createTrainingSessions(dataDir: string, emit: (event: HostEvent) => void): TrainingSessions {
  const sessions = new Map<string, TrainingSession>();
  return {
    start(request) {
      const sessionId = randomUUID();
      const outDir = path.resolve(request.outDir ?? defaultRunDir(dataDir, request.project.name));
      const session = TrainingSession.start(
        { ...request, type: 'start', outDir, runId: sessionId },
        (event: TrainEvent) => emit({ type: 'train', sessionId, event }),
      );
      sessions.set(sessionId, session);
      forgetOldRuns(sessions);
      return { sessionId, outDir, runId: sessionId };
    },
    control(sessionId, command) {
      const session = sessions.get(sessionId);
      if (!session)
        throw new ConvasError(
          'TRAINING_CONFIG',
          `no training session ${sessionId}`,
          'Start a training run first; its id comes with its events.',
        );
      session.send(command);
    },
    async closeAll(graceMs = STOP_GRACE_MS) {
      await Promise.all(
        [...sessions.values()]
          .filter(s => s.running)
          .map(async s => {
            const timer = new Promise<'late'>(resolve => setTimeout(resolve, graceMs, 'late').unref());
            if ((await Promise.race([s.stop(), timer])) === 'late') await s.terminate();
          }),
      );
      sessions.clear();
    },
  };
}
