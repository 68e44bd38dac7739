import type { ShownMaps } from './featureSource';
import { ProbePicker } from './ProbePicker';
import { useProjectTraining } from '../../store/projectTraining';
import { useActions } from '../../app/ActionsProvider';

export type MapScale = 'layer' | 'channel';

const SOURCE_LABELS = { live: 'Live', trained: 'Trained', untrained: 'Untrained' } as const;

interface Props {
  shown: ShownMaps | null;
  probeClass: string | null;
  scale: MapScale;
  onScale(scale: MapScale): void;
}

/** The probe image, where the maps come from, the colour scale and Refresh. */
export function FeatureMapsBar({ shown, probeClass, scale, onScale }: Props) {
  const loading = useProjectTraining(t => t.probe.loading);
  const { refreshProbe } = useActions();
  return (
    <div className="fm-bar">
      <ProbePicker className={probeClass} />
      <div className="fm-bar__source">
        {shown && <span className={`tp-badge fm-source fm-source--${shown.kind}`}>{SOURCE_LABELS[shown.kind]}</span>}
        {shown && <span className="tp-note">{shown.detail}</span>}
      </div>
      <label className="tp-field fm-scale">
        <span>Colour scale</span>
        <select value={scale} onChange={e => onScale(e.target.value as MapScale)}>
          <option value="layer">Shared per layer</option>
          <option value="channel">Per channel</option>
        </select>
      </label>
      <button
        type="button"
        className="tp-button"
        onClick={() => void refreshProbe()}
        disabled={loading}
        aria-busy={loading}
      >
        Refresh
      </button>
    </div>
  );
}
