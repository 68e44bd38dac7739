/**
 * When graph edits enter the undo history. zundo records every `set` while tracking, and other
 * slices (training events, selection) set often, so tracking stays paused and only graph
 * commits switch it on for their one `set`.
 */
import type { StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';

type Temporal = StoreApi<TemporalState<unknown>>;
type Update<S> = Partial<S> | ((s: S) => Partial<S>);

/** Keystroke bursts on one field within this time make a single undo step. */
const COALESCE_MS = 1500;

export interface Recorder<S> {
  /** Applies the update as one undo step. */
  record(update: Update<S>, coalesceKey?: string): void;
  /** Applies the update outside the history (drag frames, selection, metadata). */
  quiet(update: Update<S>): void;
}

export function createRecorder<S>(set: (u: Update<S>) => void, store: unknown): Recorder<S> {
  const temporal = (store as { temporal: Temporal }).temporal;
  temporal.getState().pause();
  let lastKey: string | undefined;
  let lastAt = 0;
  return {
    record(update, coalesceKey) {
      const now = Date.now();
      const merge = coalesceKey !== undefined && coalesceKey === lastKey && now - lastAt < COALESCE_MS;
      lastKey = coalesceKey;
      lastAt = now;
      if (merge) return set(update);
      temporal.getState().resume();
      try {
        set(update);
      } finally {
        temporal.getState().pause();
      }
    },
    quiet: update => set(update),
  };
}
