/**
 * The app's one zustand store, composed from typed slices. Undo/redo (zundo) tracks the graph
 * slice only. Shapes and problems are derived from the graph (useAnalysis), never stored.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import { createGraphSlice, graphHistoryState, type GraphSlice } from './graphSlice';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = GraphSlice & UiSlice & TrainingSlice;

export const useApp = create<AppState>()(
  temporal((...a) => ({ ...createGraphSlice(...a), ...createUiSlice(...a), ...createTrainingSlice(...a) }), {
    partialize: graphHistoryState,
    limit: 200,
  }),
);
