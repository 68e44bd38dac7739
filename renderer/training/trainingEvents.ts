/** Applying a batch of TrainEvents to the training state (pure: the listener's only logic). */
import type { TrainEvent } from '../../engine/train/protocol';
import { archiveRun } from './runArchive';
import { reduceSession, runOf, type Session } from './session';
import type { TrainingState } from './trainingState';

export const sessionIdOf = (s: Session): string | null =>
  s.phase === 'starting' ? s.sessionId : runOf(s)?.sessionId ?? null;

/** The training state after `events`, archiving the run for comparison when it finishes. */
export function applyEvents(t: TrainingState, events: readonly TrainEvent[]): Partial<TrainingState> {
  const session = events.reduce(reduceSession, t.session);
  const finished = session.phase === 'done' && t.session.phase !== 'done';
  return { session, ...(finished && { runs: archiveRun(session, session.result, t.runs) }) };
}
