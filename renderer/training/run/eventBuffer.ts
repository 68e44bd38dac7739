/**
 * Collects items that arrive faster than the UI should redraw and hands them over in one batch
 * at most every `intervalMs` (200 ms = 5 Hz), so a burst of events costs one store update.
 */
interface EventBuffer<E> {
  push(item: E): void;
  /** Hands over what is queued now (e.g. before a test asserts, or when a run ends). */
  flush(): void;
  cancel(): void;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: handle => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createEventBuffer<E>(
  deliver: (items: E[]) => void,
  intervalMs = 200,
  clock: Clock = realClock,
): EventBuffer<E> {
  let queue: E[] = [];
  let timer: unknown = null;
  let lastDelivery = -Infinity;
  const flush = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (!queue.length) return;
    const items = queue;
    queue = [];
    lastDelivery = clock.now();
    deliver(items);
  };
  return {
    push(item) {
      queue.push(item);
      if (timer === null) timer = clock.setTimeout(flush, Math.max(0, lastDelivery + intervalMs - clock.now()));
    },
    flush,
    cancel() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      queue = [];
    },
  };
}
