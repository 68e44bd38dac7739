import { memo, useMemo, useRef } from 'react';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { RegressionMetrics } from '../../../engine/core/train/protocol';
import { useUntabbablePortals } from '../../components/untabbablePortals';
import { AXIS, compactTick, GRID, SERIES } from '../charts/chartTheme';
import { scatterDomain, scatterTicks } from './regressionData';

interface Props {
  points: RegressionMetrics['points'];
  /** Name of the first target, which the points plot. */
  target: string;
}

const MARGIN = { top: 8, right: 12, bottom: 14, left: 0 };
const AXIS_LABEL = { fontSize: 10, fill: 'var(--tp-axis)' };
/** Small dots: a thousand default-sized ones would merge into one blob. */
const Dot = ({ cx, cy }: { cx?: number; cy?: number }) => (
  <circle cx={cx} cy={cy} r={2.2} fill={SERIES.train} fillOpacity={0.55} />
);

/** Each test image as a dot at (true, predicted): a perfect model puts every dot on the dashed y = x line. */
export const PredictionScatter = memo(function PredictionScatter({ points, target }: Props) {
  const domain = useMemo(() => scatterDomain(points), [points]);
  const ticks = useMemo(() => scatterTicks(domain), [domain]);
  const [lo, hi] = domain;
  const title = `Predicted vs true ${target}`;
  const plot = useRef<HTMLDivElement>(null);
  useUntabbablePortals(plot);
  return (
    <figure className="tp-chart tp-scatter" aria-label={title}>
      <figcaption>
        {title} <span className="tp-note">({points.length.toLocaleString('en-US')} test images)</span>
      </figcaption>
      <div className="tp-scatter__plot" ref={plot}>
        <ResponsiveContainer width="100%" height="100%" minWidth={0}>
          <ScatterChart margin={MARGIN}>
            <CartesianGrid {...GRID} vertical />
            <XAxis
              type="number"
              dataKey="truth"
              name="true"
              domain={domain}
              ticks={ticks}
              tickFormatter={compactTick}
              {...AXIS}
              label={{ value: 'true', position: 'insideBottom', offset: -10, ...AXIS_LABEL }}
            />
            <YAxis
              type="number"
              dataKey="predicted"
              name="predicted"
              domain={domain}
              ticks={ticks}
              tickFormatter={compactTick}
              width={42}
              {...AXIS}
              label={{ value: 'predicted', angle: -90, position: 'insideLeft', offset: 12, ...AXIS_LABEL }}
            />
            <ReferenceLine
              segment={[
                { x: lo, y: lo },
                { x: hi, y: hi },
              ]}
              stroke={SERIES.validation}
              strokeDasharray="5 4"
              ifOverflow="hidden"
            />
            <Scatter data={points} fill={SERIES.train} isAnimationActive={false} shape={Dot} />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
});
