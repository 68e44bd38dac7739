import { Line } from 'recharts';
import type { FinishedRun } from '../../store/trainingState';

/**
 * Earlier runs as dashed lines behind this run's. A function, not a component: recharts reads its
 * Line elements from the chart's direct children.
 */
export const earlierRunLines = (earlier: readonly { run: FinishedRun; points: { x: number; y: number }[] }[]) =>
  earlier.map(({ run, points }) => (
    <Line
      key={run.id}
      data={points}
      dataKey="y"
      stroke={run.color}
      strokeDasharray="4 3"
      strokeOpacity={0.75}
      dot={false}
      isAnimationActive={false}
      activeDot={false}
      name={run.label}
    />
  ));
