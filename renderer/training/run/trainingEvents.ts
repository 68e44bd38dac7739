/** Applying a batch of TrainEvents to one project's training state (pure: the listener's only logic). */
import type { TrainEvent } from '../../../engine/core/train/protocol';
import { archiveRun } from './runArchive';
import { reduceSession, runOf, type Session } from '../../store/session';
import type { ProjectTraining } from '../../store/trainingState';

export const sessionIdOf = (s: Session): string | null =>
  s.phase === 'starting' ? s.sessionId : (runOf(s)?.sessionId ?? null);

/** The project's training state after `events`, archiving the run for comparison when it finishes. */
export function applyEvents(t: ProjectTraining, events: readonly TrainEvent[]): Partial<ProjectTraining> {
  const session = events.reduce(reduceSession, t.session);
  const finished = session.phase === 'done' && t.session.phase !== 'done';
  return { session, ...(finished && { runs: archiveRun(session, session.result, t.runs) }) };
}
