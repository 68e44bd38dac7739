/** The harness page: the LeNet template loaded, one panel per `?panel=train|features`. */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../../renderer/styles/theme.css';
import { projectSchema } from '../../../../engine/core/project/schema';
import lenet from '../../../../templates/lenet5-mnist.convas.json';
import { ActionsProvider } from '../../../../renderer/app/ActionsProvider';
import { createAppActions } from '../../../../renderer/app/appActions';
import { useApp } from '../../../../renderer/store';
import { FeatureMapsPanel } from '../../../../renderer/training/featureMaps/FeatureMapsPanel';
import { TrainingPanel } from '../../../../renderer/training/TrainingPanel';
import { useDatasetPreview } from '../../../../renderer/training/dataset/useDatasetPreview';
import { fakeHost } from './fakeHost';

useApp.getState().loadProject(projectSchema.parse(lenet), null);
const params = new URLSearchParams(location.search);
if (params.get('select')) useApp.getState().select([params.get('select')!]);
// Lets the screenshot script drive the store like the editor would (Ctrl+Enter, selection).
Object.assign(window, { convasStore: useApp });

const panel = params.get('panel') ?? 'train';
// The panels get the fake host the way the app gets the real one: through the actions' provider.
const actions = createAppActions({ get: useApp.getState, set: useApp.setState, host: fakeHost });

/** Both panels behind tabs, mounted one at a time as the app's bottom dock does. */
function Dock() {
  const [tab, setTab] = useState<'train' | 'features'>('train');
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div role="tablist" aria-label="Training" style={{ display: 'flex', gap: 8, padding: 6 }}>
        <button type="button" role="tab" aria-selected={tab === 'train'} onClick={() => setTab('train')}>
          Train
        </button>
        <button type="button" role="tab" aria-selected={tab === 'features'} onClick={() => setTab('features')}>
          Feature maps
        </button>
      </div>
      <div style={{ flex: 1, minHeight: 0 }}>{tab === 'train' ? <TrainingPanel /> : <FeatureMapsPanel />}</div>
    </div>
  );
}
/** The app keeps the dataset preview current at its root; so does the harness. */
function Root() {
  useDatasetPreview();
  // Sized like the app's bottom dock (46% of the window under the canvas).
  return (
    <div
      style={{
        height: params.get('full') ? '100%' : '46vh',
        marginTop: params.get('full') ? 0 : '54vh',
        borderTop: '1px solid var(--border)',
      }}
    >
      {panel === 'features' ? <FeatureMapsPanel /> : panel === 'dock' ? <Dock /> : <TrainingPanel />}
    </div>
  );
}
createRoot(document.getElementById('root')!).render(
  <ActionsProvider actions={actions}>
    <Root />
  </ActionsProvider>,
);
