import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** The creator type every slice file uses, so slices can read and set the whole store. */
export type SliceCreator<S> = StateCreator<AppState, [['temporal', unknown]], [], S>;
