import { LiveLearningRate } from './LiveLearningRate';
import { isBusy, isLive } from '../../store/session';
import { TrainProgress } from './TrainProgress';
import { TrainsOnLine } from './TrainsOnLine';
import { useProjectTraining } from '../../store/projectTraining';
import { useActions } from '../../app/ActionsProvider';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const SHORTCUT = isMac ? '⌘↩' : 'Ctrl+Enter';

/** Train / Pause–Resume / Stop, the live learning rate, and the progress of the run. */
export function TrainControls() {
  const session = useProjectTraining(t => t.session);
  const { startTraining, pauseTraining, resumeTraining, stopTraining } = useActions();
  const live = isLive(session);
  const pending = live ? session.pending : null;

  return (
    <div className="tp-controls">
      <TrainsOnLine />
      <div className="tp-controls__buttons">
        <button
          type="button"
          className="tp-button tp-button--primary"
          onClick={() => void startTraining()}
          disabled={isBusy(session)}
          aria-busy={session.phase === 'starting'}
          title={`Train (${SHORTCUT})`}
          aria-keyshortcuts={isMac ? 'Meta+Enter' : 'Control+Enter'}
        >
          <span aria-hidden="true" className="tp-icon">
            ▶
          </span>
          Train
        </button>
        {session.phase === 'paused' ? (
          <button
            type="button"
            className="tp-button"
            onClick={resumeTraining}
            disabled={pending === 'resume' || pending === 'stop'}
          >
            <span aria-hidden="true" className="tp-icon">
              ▶
            </span>
            Resume
          </button>
        ) : (
          <button type="button" className="tp-button" onClick={pauseTraining} disabled={!live || pending !== null}>
            <span aria-hidden="true" className="tp-icon">
              ❚❚
            </span>
            Pause
          </button>
        )}
        <button
          type="button"
          className="tp-button tp-button--danger"
          onClick={stopTraining}
          disabled={!live || pending === 'stop'}
        >
          <span aria-hidden="true" className="tp-icon">
            ■
          </span>
          Stop
        </button>
        {live && <LiveLearningRate key={session.sessionId} current={session.learningRate} />}
        <span className="tp-kbd" aria-hidden="true">
          {SHORTCUT}
        </span>
      </div>
      <TrainProgress />
    </div>
  );
}
