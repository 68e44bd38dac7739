/** What the host needs to read the project's dataset: the spec, the folder paths are relative to, the Input's shape. */
import { inputShapeOf } from '../../../engine/core/graph/inputShape';
import type { DatasetSpec } from '../../../engine/core/project/schema';
import type { AppState } from '../../store';
import { selectBaseDir } from '../../store/projectSelectors';

interface DatasetRequest {
  dataset: DatasetSpec;
  baseDir?: string;
  /** Folder and CSV images are resized to the Input node's [h, w, c]; other kinds have their own shape. */
  imageShape?: [number, number, number];
}

const resized = (dataset: DatasetSpec) => dataset.kind === 'folder' || dataset.kind === 'csv';

export function datasetRequest(s: Pick<AppState, 'meta' | 'nodes' | 'edges' | 'filePath'>): DatasetRequest {
  const dataset = s.meta.dataset;
  const baseDir = selectBaseDir(s);
  const imageShape = resized(dataset) ? inputShapeOf({ nodes: s.nodes, edges: s.edges }) : undefined;
  return { dataset, ...(baseDir && { baseDir }), ...(imageShape && { imageShape }) };
}

/** Names a request, so a slow answer for an earlier dataset (or Input shape) is dropped. */
export const requestKey = (r: DatasetRequest): string =>
  JSON.stringify([r.dataset, r.baseDir ?? null, r.imageShape ?? null]);
