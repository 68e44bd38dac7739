import {
  backend_util,
  MaxPoolGrad,
  type KernelConfig,
  type KernelFunc,
  type MaxPoolGradAttrs,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { scatterToFirstMax } from './maxPoolGradLoop';

type Shape4 = [number, number, number, number];

/**
 * Replaces the built-in wasm MaxPoolGrad, which drops the gradient of windows whose values are
 * all ≤ 0 (wrong after batch-norm or any signed input). One pass of plain JavaScript over the
 * wasm heap: faster here than composing `equal` masks, whose broadcasting wasm runs through a
 * slow generic path, and exact for ties and overlapping windows.
 */
const maxPoolGrad: KernelFunc = ({ inputs, backend, attrs }) => {
  const { dy, input } = inputs as { dy: TensorInfo; input: TensorInfo };
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
  if (input.dtype !== 'float32' || dy.dtype !== 'float32') throw new Error('wasm MaxPoolGrad supports float32 only');
  const info = backend_util.computePool2DInfo(input.shape as Shape4, filterSize, strides, 1, pad, dimRoundingMode);
  const wasm = backend as BackendWasm;
  const out = wasm.makeOutput(input.shape, 'float32');
  // Views are taken after the allocation above, which may grow (and so detach) the heap.
  const dx = wasm.typedArrayFromHeap(out) as Float32Array;
  dx.fill(0);
  scatterToFirstMax(
    wasm.typedArrayFromHeap(input) as Float32Array,
    wasm.typedArrayFromHeap(dy) as Float32Array,
    dx,
    info,
  );
  return out;
};

export const maxPoolGradConfig: KernelConfig = {
  kernelName: MaxPoolGrad,
  backendName: 'wasm',
  kernelFunc: maxPoolGrad,
};
