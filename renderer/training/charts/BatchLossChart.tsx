import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { niceAxis } from './chartData';
import { formatValue } from '../../shared/format';
import { ChartFrame } from './ChartFrame';
import { earlierRunLines } from './earlierRunLines';
import { AXIS, CHART_MARGIN, compactTick, GRID, SERIES } from './chartTheme';
import { batchLossSeries, downsample } from './series';
import type { BatchPoint } from '../../store/session';
import type { FinishedRun } from '../../store/trainingState';
import { useThrottled } from '../../shared/useThrottled';

const MAX_POINTS = 400;
/** The faint raw curve only shows the noise band; fewer points draw it as well. */
const RAW_POINTS = 200;
const REDRAW_MS = 500;
export const BATCH_LOSS_TITLE = 'Loss per batch';

interface Props {
  batches: readonly BatchPoint[];
  smoothing: number;
  overlays: readonly FinishedRun[];
  /** Batches the whole run will take: a fixed x axis, so ticks are not re-measured every redraw. */
  plannedSteps: number;
  /** Where the loss is expected to start, so the y axis holds from the first batch. */
  initialLoss: number;
}

/** Training loss per batch: raw (faint) and smoothed, earlier runs dashed behind. */
export const BatchLossChart = memo(function BatchLossChart({
  batches: latest,
  smoothing,
  overlays,
  plannedSteps,
  initialLoss,
}: Props) {
  const batches = useThrottled(latest, REDRAW_MS);
  const smooth = useMemo(() => batchLossSeries(batches, smoothing, MAX_POINTS), [batches, smoothing]);
  const raw = useMemo(
    () =>
      downsample(
        batches.map(b => ({ x: b.step, y: b.loss })),
        RAW_POINTS,
      ),
    [batches],
  );
  const rawAt = useMemo(() => new Map(batches.map(b => [b.step, b.loss])), [batches]);
  const earlier = useMemo(
    () => overlays.map(r => ({ run: r, points: batchLossSeries(r.batches, smoothing, MAX_POINTS) })),
    [overlays, smoothing],
  );
  const xAxis = useMemo(
    () => niceAxis(Math.max(plannedSteps, smooth.at(-1)?.x ?? 0, ...earlier.map(e => e.points.at(-1)?.x ?? 0), 10)),
    [plannedSteps, smooth, earlier],
  );
  const yAxis = useMemo(
    () =>
      niceAxis(
        Math.max(initialLoss, ...smooth.map(p => p.y), ...earlier.flatMap(e => e.points.slice(0, 5).map(p => p.y))),
      ),
    [initialLoss, smooth, earlier],
  );
  // The same element while the throttled data stands still, so React skips recharts entirely.
  return useMemo(
    () => (
      <ChartFrame
        title={BATCH_LOSS_TITLE}
        note="(smoothed)"
        numbers={() => ({
          columns: ['Batch', 'Loss (smoothed)', 'Loss (raw)'],
          rows: smooth.map(p => [String(p.x), formatValue(p.y), formatValue(rawAt.get(p.x))]),
        })}
      >
        <ResponsiveContainer width="100%" height="100%" minWidth={0}>
          <LineChart margin={CHART_MARGIN}>
            <CartesianGrid {...GRID} />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0, xAxis.max]}
              ticks={xAxis.ticks}
              tickFormatter={compactTick}
              {...AXIS}
            />
            <YAxis
              type="number"
              domain={[0, yAxis.max]}
              ticks={yAxis.ticks}
              tickFormatter={compactTick}
              width={46}
              {...AXIS}
            />
            {earlierRunLines(earlier)}
            <Line
              data={raw}
              dataKey="y"
              stroke={SERIES.trainRaw}
              dot={false}
              isAnimationActive={false}
              activeDot={false}
              name="raw"
            />
            <Line
              data={smooth}
              dataKey="y"
              stroke={SERIES.train}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              activeDot={false}
              name="smoothed"
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
    ),
    [earlier, raw, rawAt, smooth, xAxis, yAxis],
  );
});
