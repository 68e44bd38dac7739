import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { EpochMetrics } from '../../../engine/core/train/protocol';
import { comparableSeries, epochSeries, niceAxis, validationKey, type EpochMetric } from './chartData';
import { ChartFrame } from './ChartFrame';
import { earlierRunLines } from './earlierRunLines';
import { formatPercent, formatValue } from '../../shared/format';
import { AXIS, CHART_MARGIN, compactTick, GRID, percentTick, SERIES } from './chartTheme';
import type { FinishedRun } from '../../store/trainingState';
import { useThrottled } from '../../shared/useThrottled';

interface Props {
  metric: EpochMetric;
  epochs: readonly EpochMetrics[];
  overlays: readonly FinishedRun[];
  /** Planned epochs of the run, so points fill the axis from left to right as they come. */
  plannedEpochs: number;
}

/** Every epoch while few, else about six whole numbers. */
function epochTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil((max - 1) / 6));
  return Array.from({ length: Math.floor((max - 1) / step) + 1 }, (_, i) => 1 + i * step);
}

export const EPOCH_TITLES = { loss: 'Loss per epoch', accuracy: 'Accuracy per epoch', mae: 'MAE per epoch' };

/** Each chart redraws in its own task (ms after the data changed), never all three in one. */
const REDRAW_DELAY = { loss: 90, accuracy: 180, mae: 180 };
const DOT = { r: 2.5, strokeWidth: 0 };
const ACCURACY_AXIS = { max: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };

type Point = { x: number; y: number };

/** One row per epoch: this run's training and validation values, then each earlier run's. */
function epochTable(
  train: Point[],
  val: Point[],
  earlier: { run: FinishedRun; points: Point[] }[],
  format: (v: number | undefined) => string,
) {
  const epochs = [...new Set([...train, ...val, ...earlier.flatMap(e => e.points)].map(p => p.x))].sort(
    (a, b) => a - b,
  );
  const at = (points: Point[], x: number) => format(points.find(p => p.x === x)?.y);
  return {
    columns: ['Epoch', 'Training', 'Validation', ...earlier.map(e => `${e.run.label} (earlier)`)],
    rows: epochs.map(x => [String(x), at(train, x), at(val, x), ...earlier.map(e => at(e.points, x))]),
  };
}

/** Train and validation per epoch; earlier runs show their validation curve dashed. */
export const EpochChart = memo(function EpochChart({ metric, epochs: e, overlays: o, plannedEpochs: p }: Props) {
  const latest = useMemo(() => ({ epochs: e, overlays: o, plannedEpochs: p }), [e, o, p]);
  const { epochs, overlays, plannedEpochs } = useThrottled(latest, 0, REDRAW_DELAY[metric]);
  const train = useMemo(() => epochSeries(epochs, metric), [epochs, metric]);
  const val = useMemo(() => epochSeries(epochs, validationKey(metric)), [epochs, metric]);
  const earlier = useMemo(
    () => overlays.map(r => ({ run: r, points: comparableSeries(r.epochs, metric) })),
    [overlays, metric],
  );
  const tick = metric === 'accuracy' ? percentTick : compactTick;
  const xMax = Math.max(plannedEpochs, train.at(-1)?.x ?? 0, ...earlier.map(e => e.points.at(-1)?.x ?? 0), 2);
  const yAxis = useMemo(
    () =>
      metric === 'accuracy'
        ? ACCURACY_AXIS
        : niceAxis(
            Math.max(
              ...train.map(p => p.y),
              ...val.map(p => p.y),
              ...earlier.flatMap(e => e.points.map(p => p.y)),
              0.1,
            ),
          ),
    [metric, train, val, earlier],
  );
  return useMemo(
    () => (
      <ChartFrame
        title={EPOCH_TITLES[metric]}
        numbers={() => epochTable(train, val, earlier, metric === 'accuracy' ? formatPercent : formatValue)}
      >
        <ResponsiveContainer width="100%" height="100%" minWidth={0}>
          <LineChart margin={CHART_MARGIN}>
            <CartesianGrid {...GRID} />
            <XAxis
              type="number"
              dataKey="x"
              domain={[1, xMax]}
              ticks={epochTicks(xMax)}
              padding={{ left: 10, right: 10 }}
              {...AXIS}
            />
            <YAxis
              type="number"
              domain={[0, yAxis.max]}
              ticks={yAxis.ticks}
              tickFormatter={tick}
              width={46}
              {...AXIS}
            />
            {earlierRunLines(earlier)}
            <Line
              data={train}
              dataKey="y"
              stroke={SERIES.train}
              strokeWidth={2}
              dot={{ ...DOT, fill: SERIES.train }}
              isAnimationActive={false}
              activeDot={false}
              name="train"
            />
            <Line
              data={val}
              dataKey="y"
              stroke={SERIES.validation}
              strokeWidth={2}
              dot={{ ...DOT, fill: SERIES.validation }}
              isAnimationActive={false}
              activeDot={false}
              name="validation"
            />
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
    ),
    [metric, earlier, train, val, tick, xMax, yAxis],
  );
});
