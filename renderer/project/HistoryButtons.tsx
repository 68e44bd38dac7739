import { useStore } from 'zustand';
import { Icon } from '../components/Icon';
import { withShortcut } from '../components/shortcuts';
import { useApp } from '../store';

export function HistoryButtons() {
  const canUndo = useStore(useApp.temporal, s => s.pastStates.length > 0);
  const canRedo = useStore(useApp.temporal, s => s.futureStates.length > 0);
  const history = useApp.temporal.getState();
  return (
    <div className="button-group" role="group" aria-label="History">
      <button
        type="button"
        className="icon-btn"
        aria-label="Undo"
        title={withShortcut('Undo', 'Mod+Z')}
        disabled={!canUndo}
        onClick={() => history.undo()}
      >
        <Icon name="undo" />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label="Redo"
        title={withShortcut('Redo', 'Mod+Shift+Z')}
        disabled={!canRedo}
        onClick={() => history.redo()}
      >
        <Icon name="redo" />
      </button>
    </div>
  );
}
