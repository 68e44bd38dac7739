import { useEffect, useId, useState } from 'react';
import { useApp } from '../store';
import type { DockTab } from '../store/uiSlice';
import { FeatureMapsPanel } from '../training/featureMaps/FeatureMapsPanel';
import { TrainingPanel } from '../training/TrainingPanel';
import { clampDock, defaultDockHeight, dockLimits } from './dockHeight';
import { DockSplitter } from './DockSplitter';
import { Icon } from './Icon';
import { Tabs, type TabDef } from './Tabs';

const TABS: TabDef<DockTab>[] = [
  { key: 'train', label: 'Train' },
  { key: 'features', label: 'Feature maps' },
];

/** The window's height, followed as it is resized. */
function useViewportHeight(): number {
  const [height, setHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const follow = () => setHeight(window.innerHeight);
    window.addEventListener('resize', follow);
    return () => window.removeEventListener('resize', follow);
  }, []);
  return height;
}

/** The training dashboard and feature maps, in their own row under the canvas (which shrinks); folds to its tab strip. */
export function BottomDock() {
  const tab = useApp(s => s.dockTab);
  const setTab = useApp(s => s.setDockTab);
  const id = useId();
  const viewport = useViewportHeight();
  const limits = dockLimits(viewport);
  const [wanted, setWanted] = useState(() => defaultDockHeight(window.innerHeight));
  // What was asked stays asked: a smaller window squeezes the dock, a larger one gives the height back.
  const height = clampDock(wanted, limits);
  const fold = (
    <button
      type="button"
      className="icon-btn"
      aria-label={tab ? 'Fold the dock' : 'Unfold the dock'}
      title={tab ? 'Fold' : 'Unfold'}
      onClick={() => setTab(tab ? null : 'train')}
    >
      <Icon name="chevronDown" />
    </button>
  );
  return (
    <section
      id={id}
      className={`dock${tab ? ' is-open' : ''}`}
      aria-label="Training"
      style={tab ? { height } : undefined}
    >
      {tab && (
        <DockSplitter height={height} limits={limits} controls={id} onResize={h => setWanted(clampDock(h, limits))} />
      )}
      <Tabs<DockTab> label="Training" tabs={TABS} active={tab} onSelect={setTab} trailing={fold} className="dock__tabs">
        {tab === 'train' && <TrainingPanel />}
        {tab === 'features' && <FeatureMapsPanel />}
      </Tabs>
    </section>
  );
}
