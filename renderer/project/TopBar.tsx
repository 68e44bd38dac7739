import { Icon } from '../components/Icon';
import { withShortcut } from '../components/shortcuts';
import { useApp } from '../store';
import { BackendBadge } from './BackendBadge';
import { HistoryButtons } from './HistoryButtons';
import { ProjectMenu } from './ProjectMenu';
import { ProjectTitle } from './ProjectTitle';

export function TopBar() {
  const dockTab = useApp(s => s.dockTab);
  const setDockTab = useApp(s => s.setDockTab);
  return (
    <header className="topbar">
      <span className="brand" aria-hidden="true">
        <span className="brand__mark" />
        Convas
      </span>
      <ProjectMenu />
      <HistoryButtons />
      <ProjectTitle />
      <span className="spacer" />
      <button
        type="button"
        className={`btn ${dockTab === 'train' ? 'btn--active' : 'btn--primary'}`}
        aria-pressed={dockTab === 'train'}
        title={`Show the training dashboard; start training with ${withShortcut('', 'Mod+Enter').trim()}`}
        onClick={() => setDockTab(dockTab === 'train' ? null : 'train')}
      >
        <Icon name="play" size={14} /> Training
      </button>
      <BackendBadge />
    </header>
  );
}
