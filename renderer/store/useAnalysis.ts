/** The derived analysis of the graph (shapes, costs, problems), shared by every view through a store selector. */
import type { GraphAnalysis } from '../../engine/core/graph/analyze';
import { analysisDataset, createAnalysisCache } from './analysisCache';
import { useApp, type AppState } from './index';

const cached = createAnalysisCache();

/** The analysis for a store state; calling it twice on the same graph costs one structural comparison. */
const selectAnalysis = (s: AppState): GraphAnalysis =>
  cached(s.nodes, s.edges, analysisDataset(s.meta.dataset, s.datasetInfo));

/** Re-renders only when the analysis changes (edits), not on drags or selection. */
export const useAnalysis = (): GraphAnalysis => useApp(selectAnalysis);
