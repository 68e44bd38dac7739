/**
 * End to end, as a new user: build LeNet-5, train it, save and reopen it, export it — in the
 * browser shell (Debian's Chromium), and in Electron wherever its binary is installed.
 */
import { describe, it } from 'vitest';
import { defineJourney } from './journeySpecs';
import { electronUnavailable, launchBrowserShell, launchElectron } from './support/targets';

describe('a new user in the browser shell', () => {
  defineJourney({ launch: launchBrowserShell, commitScreenshots: true });
});

const noElectron = electronUnavailable();
describe('a new user in the Electron app', () => {
  if (noElectron) {
    console.log(`Skipping the Electron journey: Electron's binary is not installed: ${noElectron}`);
    it.skip(`Electron's binary is not installed: ${noElectron}`, () => {});
  } else {
    defineJourney({ launch: launchElectron, commitScreenshots: false });
  }
});
