import { describe, expect, it } from 'vitest';
import { chartPlan } from '../../../../renderer/training/charts/chartPlan';
import { reduceSession, runOf, sessionStarted } from '../../../../renderer/store/session';
import { compiledEvent, project } from '../fixtures';

describe('chartPlan', () => {
  const cfg = project.training;
  const preview = {
    status: 'ready' as const,
    key: 'k',
    preview: {
      info: {
        name: 'mnist',
        imageShape: [28, 28, 1] as [number, number, number],
        classNames: ['a', 'b', 'c', 'd'],
        sizes: { train: 900, validation: 100, test: 200 },
      },
      classCounts: { train: [], validation: [], test: [] },
      samples: [],
    },
  };

  it('sizes the axes from the settings and the preview before a run', () => {
    expect(chartPlan(null, cfg, preview, null)).toEqual({
      plannedEpochs: 2,
      plannedSteps: 2 * Math.ceil(900 / 32),
      initialLoss: Math.log(4),
    });
    expect(chartPlan(null, cfg, preview, 64).plannedSteps).toBe(4);
    expect(chartPlan(null, cfg, { status: 'idle' }, null)).toMatchObject({
      plannedSteps: 0,
      initialLoss: Math.log(10),
    });
  });

  it('follows the compiled run once there is one', () => {
    const run = runOf(
      reduceSession(
        sessionStarted({ phase: 'starting', project, sessionId: null, outDir: null }, 's', '/o'),
        compiledEvent,
      ),
    )!;
    expect(chartPlan(run, cfg, preview, null)).toEqual({
      plannedEpochs: 2,
      plannedSteps: 40,
      initialLoss: Math.log(2),
    });
  });
});
