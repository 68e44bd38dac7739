import { describe, expect, it } from 'vitest';
import { comparableSeries, epochSeries, niceAxis, niceCeil } from '../../../../renderer/training/charts/chartData';

describe('chart data', () => {
  const epochs = [
    {
      epoch: 1,
      loss: 1,
      accuracy: 0.5,
      mae: null,
      valLoss: null,
      valAccuracy: null,
      valMae: null,
      imagesPerSecond: 1,
      durationSeconds: 1,
    },
    {
      epoch: 2,
      loss: 0.5,
      accuracy: 0.7,
      mae: null,
      valLoss: 0.6,
      valAccuracy: 0.65,
      valMae: null,
      imagesPerSecond: 1,
      durationSeconds: 1,
    },
  ];
  it('leaves gaps out and falls back to training values for comparison', () => {
    expect(epochSeries(epochs, 'valLoss')).toEqual([{ x: 2, y: 0.6 }]);
    expect(comparableSeries(epochs, 'accuracy')).toEqual([{ x: 2, y: 0.65 }]);
    expect(comparableSeries(epochs.slice(0, 1), 'loss')).toEqual([{ x: 1, y: 1 }]);
  });
});
describe('axes', () => {
  it('rounds up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect([0.0031, 0.9, 1, 1.2, 2.3, 4, 7, 640].map(niceCeil)).toEqual([0.005, 1, 1, 2, 2.5, 5, 10, 1000]);
  });

  it('makes round ticks that hold while the data grows within them', () => {
    expect(niceAxis(2.3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceAxis(0.22)).toEqual({ max: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceAxis(675)).toEqual({ max: 800, ticks: [0, 200, 400, 600, 800] });
    expect(niceAxis(2.1)).toEqual(niceAxis(2.9));
  });
});
