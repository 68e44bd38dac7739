import { useApp } from '../store';
import type { ShownMaps } from './featureSource';
import { ProbePicker } from './ProbePicker';

export type MapScale = 'layer' | 'channel';

const SOURCE_LABELS = { live: 'Live', trained: 'Trained', untrained: 'Untrained' } as const;

interface Props {
  shown: ShownMaps | null;
  imageShape: readonly number[];
  probeClass: string | null;
  scale: MapScale;
  onScale(scale: MapScale): void;
}

/** The probe image, where the maps come from, the colour scale and Refresh. */
export function FeatureMapsBar({ shown, imageShape, probeClass, scale, onScale }: Props) {
  const loading = useApp(s => s.training.probe.loading);
  const refreshProbe = useApp(s => s.refreshProbe);
  return (
    <div className="fm-bar">
      <ProbePicker imageShape={imageShape} className={probeClass} />
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
      <button type="button" className="tp-button" onClick={() => void refreshProbe()} disabled={loading} aria-busy={loading}>
        Refresh
      </button>
    </div>
  );
}
