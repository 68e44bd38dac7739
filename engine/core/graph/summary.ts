/** Totals for the model summary (CLI table and the app's summary panel share these numbers). */
import { elements } from '../layers/shapeUtils';
import type { GraphAnalysis } from './analyze';

export interface ModelTotals {
  params: number;
  /** Forward FLOPs for one image. */
  flops: number;
  /** Activation values per image (all live nodes' outputs). */
  activations: number;
}

export function modelTotals(analysis: GraphAnalysis): ModelTotals {
  let params = 0,
    flops = 0,
    activations = 0;
  for (const n of analysis.nodes) {
    if (!analysis.live.has(n.id)) continue;
    params += n.cost?.params ?? 0;
    flops += n.cost?.flops ?? 0;
    activations += n.shape ? elements(n.shape) : 0;
  }
  return { params, flops, activations };
}

/**
 * Rough float32 memory for one training step: activations kept for the backward pass and their
 * gradients, plus weights, weight gradients and two optimizer moments (Adam).
 * @example trainingMemoryBytes(totals, 64) // bytes
 */
export const trainingMemoryBytes = (t: ModelTotals, batchSize: number): number =>
  4 * (2 * t.activations * batchSize + 4 * t.params);

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes,
    i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i ? 1 : 0)} ${units[i]}`;
}

export function formatCompactCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)} K`;
  return String(n);
}
