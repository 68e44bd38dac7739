/**
 * The app tells the truth about the open project (issue 9): what new users met when they switched
 * projects, step by step, then random switching among three projects of different shapes with the
 * Train and Feature maps panels open, checked by identity — in the browser shell.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { journeyRun } from './support/journeyRun';
import { launchBrowserShell } from './support/targets';
import { expectMapsOf, expectTrainPanelOf, openFile, showPanel, type Panel } from './projectState/app';
import { writeProjects, type ProjectFact, type ProjectName } from './projectState/fixtures';
import {
  convPoolDemoMaps,
  legendSaysWhatDiffered,
  mapsSurviveAnotherShape,
  mostUsedControlsInView,
  saveAsNamesTheProject,
  switchAndExport,
  trainShapesAndReadTheScore,
  untrainedTwinHasNothing,
} from './projectState/items';

describe('switching projects in the browser shell', () => {
  let facts: Record<ProjectName, ProjectFact>;
  const { step } = journeyRun({
    prefix: 'convas-e2e-projects-',
    launch: launchBrowserShell,
    commitScreenshots: true,
    async prepare(root) {
      facts = await writeProjects(path.join(root, 'projects'));
    },
    summary: () =>
      `project switching: ${Object.values(facts ?? {})
        .map(f => `${path.basename(f.file)} run ${f.runId ?? '—'}`)
        .join(', ')}`,
  });
  // Page and console errors fail any step (journeyRun): a blank-screen crash is one.
  step(
    'item 4: Feature maps open on a 32×32×3 project, a 28×28×1 project opens without a blank screen',
    j => mapsSurviveAnotherShape(j, facts),
    120_000,
  );
  step('item 10: the dataset, epochs, batch size, learning rate and Train are in view at 1280×800', j =>
    mostUsedControlsInView(j, facts),
  );
  step(
    'item 5: after a run the test score stands beside the progress, coloured against chance',
    j => trainShapesAndReadTheScore(j, facts),
    150_000,
  );
  step(
    'item 1: another project shows none of that run, and Export writes its own run into a new folder',
    j => switchAndExport(j, facts),
    120_000,
  );
  step(
    'items 2–3: a fresh copy of a template trained elsewhere has untrained maps and bundles no run',
    j => untrainedTwinHasNothing(j),
    150_000,
  );
  step('item 3: a conv → pool graph with no Output shows its maps', j => convPoolDemoMaps(j, facts), 90_000);

  step(
    'switching at random among the three, every panel shows the open project only',
    async j => {
      const names = Object.keys(facts) as ProjectName[];
      const ids = new Map<ProjectName, string>();
      const moves = fc.array(
        fc.record({ project: fc.constantFrom(...names), panel: fc.constantFrom<Panel>('Train', 'Feature maps') }),
        { minLength: 3, maxLength: 6 },
      );
      await fc.assert(
        fc.asyncProperty(moves, async steps => {
          for (const { project, panel } of steps) {
            const f = facts[project];
            const others = names.filter(n => n !== project).map(n => facts[n]);
            await openFile(j, f.file);
            await showPanel(j.page, panel);
            await showPanel(j.page, 'Train');
            const id = await expectTrainPanelOf(j.page, f, others, ids.get(project) ?? null);
            ids.set(project, id);
            await showPanel(j.page, 'Feature maps');
            await expectMapsOf(j.page, f, others, id);
          }
        }),
        { numRuns: 3, endOnFailure: true },
      );
      expect(new Set(ids.values()).size, 'three projects, three ids').toBe(ids.size);
    },
    400_000,
  );

  step(
    'item 12: a second run says which line is which and what the earlier run did differently',
    j => legendSaysWhatDiffered(j, facts),
    150_000,
  );
  step('item 11: Save As of a template names the project after its file', j => saveAsNamesTheProject(j));
});
