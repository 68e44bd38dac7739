/**
 * tfjs-layers 4.22's SeparableConv2D.getConfig leaves out depthMultiplier, so a saved model with a
 * depth multiplier above 1 cannot be loaded back ("Shape mismatch: [3,5,4,1] vs. [3,5,4,3]").
 * This puts it back into the saved topology, read from the live layers.
 */
import type * as tfl from '@tensorflow/tfjs-layers';

interface TopologyLayer {
  class_name?: string;
  config?: Record<string, unknown>;
}

/**
 * A copy of `topology` whose SeparableConv2D layers carry `depth_multiplier`.
 * @example artifacts.modelTopology = withDepthMultipliers(artifacts.modelTopology, model);
 */
export function withDepthMultipliers<T>(topology: T, model: tfl.LayersModel): T {
  const copy = structuredClone(topology) as { config?: { layers?: TopologyLayer[] } };
  for (const layer of copy?.config?.layers ?? []) {
    if (layer.class_name !== 'SeparableConv2D' || typeof layer.config?.name !== 'string') continue;
    const live = model.getLayer(layer.config.name) as unknown as { depthMultiplier?: number };
    if (typeof live.depthMultiplier === 'number') layer.config.depth_multiplier = live.depthMultiplier;
  }
  return copy as T;
}
