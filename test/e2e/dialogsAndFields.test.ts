/**
 * Issue 9 as a person meets it (browser shell, 1280×800): dialogs that take focus and give it back,
 * a dock that shares the screen with the canvas, number fields that state their range, a project
 * name that says why it is refused, a file browser that makes folders, and a panel that fails
 * without taking the app (or the unsaved project) with it.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { journeyRun } from './support/journeyRun';
import { dialogSteps } from './steps/dialogSteps';
import { dockSteps } from './steps/dockSteps';
import { fieldSteps } from './steps/fieldSteps';
import { crashSteps } from './steps/crashSteps';
import { launchBrowserShell } from './support/targets';

describe('dialogs, the dock, fields and failures in the browser shell', () => {
  const { step } = journeyRun({
    prefix: 'convas-e2e-ui-',
    launch: launchBrowserShell,
    commitScreenshots: false,
    // Each step closes what an earlier one left open, so one failure does not hide the others.
    independentSteps: true,
    summary: j => `screenshots of the fixed states in ${j.dirs.shots}`,
  });

  step(
    'opens Templates from the Project menu by keyboard: focus moves in, Tab stays inside, Escape closes and gives focus back',
    dialogSteps.templatesByKeyboard,
  );
  step(
    'the dock takes its own room: the canvas shrinks, the splitter moves by keyboard and mouse, React Flow still works in it',
    dockSteps.dockSharesTheScreen,
  );
  step(
    'hyperparameters, layer params and the probe index state their range and refuse what is outside it',
    fieldSteps.rangesStatedAndEnforced,
  );
  step(
    'a project name over 200 characters is refused with a message; a long one shows an ellipsis and its full name',
    fieldSteps.longProjectNames,
  );
  step(
    'the file browser makes a new folder by keyboard, enters it, and says why a second one cannot be made',
    dialogSteps.newFolder,
  );
  step(
    'the dataset report and the unsaved-changes dialogs take focus, trap Tab, close on Escape and give focus back',
    dialogSteps.reportAndUnsaved,
  );
  step('a failing panel shows its error and Reload; the rest works and Save still saves the project', async j => {
    await crashSteps.panelFailsAlone(j);
    const saved = JSON.parse(await readFile(j.facts.savedPath!, 'utf8')) as { name: string; nodes: { id: string }[] };
    expect(saved.nodes.map(n => n.id)).toContain('conv1');
    expect((await stat(path.dirname(j.facts.savedPath!))).isDirectory()).toBe(true);
  });
  step(
    'errors outside React (a throw in a timer, a rejected promise) are shown and blank nothing',
    crashSteps.pageErrorsBlankNothing,
  );
});
