/**
 * One shared analysis of the current graph. It is recomputed only when something shape inference
 * reads changes (ids, kinds, params, trainable flags, edges, dataset) — not when nodes are merely dragged.
 */
import { analyzeGraph, type AnalyzeOptions, type GraphAnalysis } from '../../engine/core/graph/analyze';
import type { DatasetInfo } from '../../engine/core/data/types';
import type { DatasetSpec, ProjectEdge, ProjectNode } from '../../engine/core/project/schema';

type AnalysisDataset = AnalyzeOptions['dataset'];

const MNIST: NonNullable<AnalysisDataset> = {
  imageShape: [28, 28, 1],
  classNames: Array.from({ length: 10 }, (_, digit) => String(digit)),
};

/** What analysis knows of the project's dataset: builtin facts, or what the host read of IDX files. */
export function analysisDataset(spec: DatasetSpec, read: { key: string; info: DatasetInfo } | null): AnalysisDataset {
  if (spec.kind === 'builtin') return MNIST;
  return read && read.key === datasetKey(spec) ? read.info : undefined;
}

export const datasetKey = (spec: DatasetSpec): string => JSON.stringify(spec);

interface Entry {
  nodes: ProjectNode[];
  edges: ProjectEdge[];
  dataset: AnalysisDataset;
  result: GraphAnalysis;
}

function sameStructure(a: ProjectNode[], b: ProjectNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!,
      y = b[i]!;
    if (x !== y && (x.id !== y.id || x.kind !== y.kind || x.params !== y.params || x.trainable !== y.trainable))
      return false;
  }
  return true;
}

/** A single-entry memo per cache: the same inputs (up to positions) give the same result object. */
export function createAnalysisCache() {
  let last: Entry | undefined;
  return (nodes: ProjectNode[], edges: ProjectEdge[], dataset: AnalysisDataset): GraphAnalysis => {
    if (last && last.edges === edges && last.dataset === dataset && sameStructure(last.nodes, nodes)) {
      last.nodes = nodes;
      return last.result;
    }
    const result = analyzeGraph({ nodes, edges }, dataset ? { dataset } : {});
    last = { nodes, edges, dataset, result };
    return result;
  };
}
