import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useApp } from '../store';
import type { DockTab } from '../store/uiSlice';
import { FeatureMapsPanel } from '../training/FeatureMapsPanel';
import { TrainingPanel } from '../training/TrainingPanel';
import { Icon } from './Icon';
import { Tabs, type TabDef } from './Tabs';

const TABS: TabDef<DockTab>[] = [
  { key: 'train', label: 'Train' },
  { key: 'features', label: 'Feature maps' },
];
const MIN = 160;

/** The training dashboard and feature maps, docked under the canvas; folds to its tab strip. */
export function BottomDock() {
  const tab = useApp(s => s.dockTab);
  const setTab = useApp(s => s.setDockTab);
  const [height, setHeight] = useState(() => Math.round(window.innerHeight * 0.46));
  const drag = useRef<{ y: number; height: number } | null>(null);
  const clamp = (h: number) => Math.max(MIN, Math.min(window.innerHeight - 200, h));

  const onPointerDown = (e: PointerEvent) => {
    drag.current = { y: e.clientY, height };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (drag.current) setHeight(clamp(drag.current.height + drag.current.y - e.clientY));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      setHeight(h => clamp(h + (e.key === 'ArrowUp' ? 40 : -40)));
    }
  };
  const fold = (
    <button type="button" className="icon-btn" aria-label={tab ? 'Fold the dock' : 'Unfold the dock'} title={tab ? 'Fold' : 'Unfold'}
      onClick={() => setTab(tab ? null : 'train')}>
      <Icon name="chevronDown" />
    </button>
  );
  return (
    <section className={`dock${tab ? ' is-open' : ''}`} aria-label="Training" style={tab ? { height } : undefined}>
      {tab && (
        <div
          className="dock__resizer" role="separator" aria-orientation="horizontal" aria-label="Resize the dock" tabIndex={0}
          aria-valuenow={height} aria-valuemin={MIN}
          onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={() => { drag.current = null; }} onKeyDown={onKeyDown}
        />
      )}
      <Tabs<DockTab> label="Training" tabs={TABS} active={tab} onSelect={setTab} trailing={fold} className="dock__tabs">
        {tab === 'train' && <TrainingPanel />}
        {tab === 'features' && <FeatureMapsPanel />}
      </Tabs>
    </section>
  );
}
