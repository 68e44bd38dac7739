import { describe, expect, it } from 'vitest';
import { createEventBuffer, type Clock } from '../../../../renderer/training/run/eventBuffer';

function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 0;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: ++next });
      return next;
    },
    clearTimeout: id => {
      timers = timers.filter(t => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter(t => t.at <= now)) {
      timers = timers.filter(x => x !== t);
      t.fn();
    }
  };
  return { clock, advance };
}

describe('createEventBuffer', () => {
  it('delivers the first burst at once and later ones at most every interval', () => {
    const { clock, advance } = fakeClock();
    const got: number[][] = [];
    const buffer = createEventBuffer<number>(items => got.push(items), 200, clock);
    buffer.push(1);
    buffer.push(2);
    advance(0);
    expect(got).toEqual([[1, 2]]);
    advance(50);
    buffer.push(3);
    advance(100);
    expect(got).toHaveLength(1);
    buffer.push(4);
    advance(50);
    expect(got).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('flushes on demand and drops the queue on cancel', () => {
    const { clock, advance } = fakeClock();
    const got: number[][] = [];
    const buffer = createEventBuffer<number>(items => got.push(items), 200, clock);
    buffer.push(1);
    buffer.flush();
    expect(got).toEqual([[1]]);
    buffer.push(2);
    buffer.cancel();
    advance(1000);
    expect(got).toEqual([[1]]);
  });
});
