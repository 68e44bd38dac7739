import '../training.css';
import './featureMaps.css';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { isLayerKind, layerSpec } from '../../../engine/core/layers';
import { useApp } from '../../store';
import { VIRIDIS_LUT } from './colorMap';
import { ErrorBox } from '../../components/ErrorBox';
import { FeatureMapsBar, type MapScale } from './FeatureMapsBar';
import { mapsToDraw, shownMaps } from './featureSource';
import { FilterView } from './FilterView';
import { LayerMaps, LayerMapsPlaceholder } from './LayerMaps';
import { MountLater } from '../../components/MountLater';
import { useAutoProbe } from './useAutoProbe';
import { useProjectRuns } from '../run/useProjectRuns';
import { useProjectTraining } from '../../store/projectTraining';
import { useClassNames } from '../results/useClassNames';

/** What each conv/pool layer makes of one test image, live during training and before it. */
export function FeatureMapsPanel() {
  useAutoProbe();
  useProjectRuns();
  const projectId = useApp(s => s.meta.id);
  const session = useProjectTraining(t => t.session);
  const probe = useProjectTraining(t => t.probe);
  const selected = useApp(s => s.selectedNodeIds);
  const nodes = useApp(s => s.nodes);
  const [scale, setScale] = useState<MapScale>('layer');
  const [showAll, setShowAll] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another node chosen shows its first maps again
  useEffect(() => setShowAll(false), [selected]);
  // New maps paint in a deferred render so the controls stay responsive while they stream.
  const shown = useDeferredValue(useMemo(() => shownMaps(session, probe), [session, probe]));
  const classNames = useClassNames();
  const probeClass = shown && shown.probeIndex === probe.index ? (classNames[shown.probeLabel] ?? null) : null;
  const drawn = shown ? mapsToDraw(shown.maps, selected, showAll) : null;
  const kindOf = (id: string) => {
    const k = nodes.find(n => n.id === id)?.kind;
    return k && isLayerKind(k) ? layerSpec(k).label : (k ?? '');
  };
  const tilePx = drawn?.focused ? 112 : 56;

  return (
    <div className="fm" role="region" aria-label="Feature maps" data-project-id={projectId}>
      <FeatureMapsBar shown={shown} probeClass={probeClass} scale={scale} onScale={setScale} />
      {probe.error && <ErrorBox title="The graph could not be probed" error={probe.error} />}
      {shown && shown.maps.length > 0 && (
        <p className="tp-note">
          {drawn?.focused ? (
            <>
              Showing the node selected on the canvas.{' '}
              <button type="button" className="tp-link" onClick={() => setShowAll(true)}>
                Show all layers
              </button>
            </>
          ) : showAll && selected.length === 1 ? (
            <button type="button" className="tp-link" onClick={() => setShowAll(false)}>
              Show only the selected node
            </button>
          ) : (
            'Select a convolution or pooling node on the canvas to see only its channels.'
          )}
        </p>
      )}
      <div className="fm-maps">
        {probe.result?.filters && !drawn?.focused && (
          <FilterView filters={probe.result.filters} weights={probe.weights} />
        )}
        {drawn?.maps.map((m, i) => (
          // One layer per task when the panel opens; later updates repaint in place.
          <MountLater
            key={m.nodeId}
            delay={30 + i * 40}
            placeholder={<LayerMapsPlaceholder title={m.nodeId} shape={m.shape} tilePx={tilePx} />}
          >
            <LayerMaps
              title={m.nodeId}
              subtitle={`${kindOf(m.nodeId)} · ${m.shape.join(' × ')}`}
              shape={m.shape}
              data={m.data}
              lut={VIRIDIS_LUT}
              scale={scale}
              tilePx={tilePx}
            />
          </MountLater>
        ))}
        {shown && !shown.maps.length && (
          <p className="tp-note">This graph has no convolution or pooling layer to show.</p>
        )}
        {!shown && !probe.error && (
          <p className="tp-note">
            {probe.loading
              ? 'Probing the graph…'
              : 'Feature maps appear here once the Input node has a layer after it.'}
          </p>
        )}
      </div>
    </div>
  );
}
