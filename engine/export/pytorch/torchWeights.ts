/** The trained weights as PyTorch's state-dict tensors: renamed per the layers' toTorch and reordered to PyTorch's layout. */
import type * as tfl from '@tensorflow/tfjs-layers';
import { ConvasError } from '../../core/errors';
import type { TorchMapping, TorchWeightLayout } from '../../core/layers/pythonTypes';
import type { GraphWalk } from '../python/graphWalk';
import { layerWeights, type LayerWeight } from '../python/modelWeights';
import type { NamedTensor } from '../python/tensorFiles';

/**
 * Reorders a row-major tensor's axes.
 * @example permute(new Float32Array([1, 2, 3, 4, 5, 6]), [2, 3], [1, 0]) // [1, 4, 2, 5, 3, 6]
 */
export function permute(values: Float32Array, shape: number[], perm: number[]): Float32Array {
  const out = new Float32Array(values.length);
  const outShape = perm.map(a => shape[a]!);
  const strides = shape.map((_, a) => shape.slice(a + 1).reduce((x, y) => x * y, 1));
  const index = new Array<number>(shape.length).fill(0);
  for (let o = 0; o < out.length; o++) {
    let src = 0;
    for (let a = 0; a < perm.length; a++) src += index[a]! * strides[perm[a]!]!;
    out[o] = values[src]!;
    for (let a = perm.length - 1; a >= 0 && ++index[a]! === outShape[a]!; a--) index[a] = 0;
  }
  return out;
}

/** tfjs' layout → PyTorch's, as [shape, values]. */
export function toTorchLayout(
  { shape, values }: LayerWeight,
  layout: TorchWeightLayout,
): { shape: number[]; values: Float32Array } {
  switch (layout) {
    case 'asIs':
      return { shape, values };
    case 'convKernel':
      return { shape: [shape[3]!, shape[2]!, shape[0]!, shape[1]!], values: permute(values, shape, [3, 2, 0, 1]) };
    case 'depthwiseKernel':
      return { shape: [shape[2]! * shape[3]!, 1, shape[0]!, shape[1]!], values: permute(values, shape, [2, 3, 0, 1]) };
    case 'denseKernel':
      return { shape: [shape[1]!, shape[0]!], values: permute(values, shape, [1, 0]) };
  }
}

/**
 * Every weight the walk's layers declare, named `<attribute>.<path>` as model.py's state dict.
 * @example encodeSafetensors(torchStateDict(walk, model))
 */
export function torchStateDict(walk: GraphWalk<TorchMapping>, model: tfl.LayersModel): NamedTensor[] {
  return walk.steps.flatMap(({ ctx, mapping }) => {
    if (!mapping.weights?.length) return [];
    const trained = layerWeights(model, ctx.name);
    return mapping.weights.map(w => {
      const weight = trained.get(w.tfjs);
      if (!weight) throw new ConvasError('WEIGHTS_MISMATCH', `layer ${ctx.name} has no trained weight "${w.tfjs}"`);
      return { name: `${ctx.attr}.${w.torch}`, ...toTorchLayout(weight, w.layout) };
    });
  });
}
