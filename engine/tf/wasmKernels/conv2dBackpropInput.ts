import {
  backend_util,
  Conv2DBackpropInput,
  type Conv2DBackpropInputAttrs,
  type KernelBackend,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { composeKernel } from './kernelCalls';
import { cropNegative, zeroInsert, type SpatialPads } from './spatialPadding';

type Shape4 = [number, number, number, number];

/**
 * Padding (negative: cropping) that turns the zero-inserted dy, out·stride long, into the input
 * of a "full" correlation with the flipped filter: in + effectiveFilter − 1 long, its first
 * effectiveFilter − 1 − padTop cells zeros.
 *
 * @example
 * fullCorrelationPads(computeConv2DInfo([1, 5, 5, 1], [3, 3, 1, 1], 1, 1, 'valid')); // [[2, 2], [2, 2]]
 */
export function fullCorrelationPads(info: backend_util.Conv2DInfo): SpatialPads {
  const { effectiveFilterHeight: fh, effectiveFilterWidth: fw, inHeight, inWidth } = info;
  const top = fh - 1 - info.padInfo.top;
  const left = fw - 1 - info.padInfo.left;
  const bottom = inHeight + fh - 1 - top - info.outHeight * info.strideHeight;
  const right = inWidth + fw - 1 - left - info.outWidth * info.strideWidth;
  return [
    [top, bottom],
    [left, right],
  ];
}

/**
 * dx as a stride-1 conv2d of the zero-inserted, padded dy with the spatially reversed,
 * in/out-swapped filter: XNNPACK's fast path, where the built-in kernel runs scalar loops.
 */
const conv2dBackpropInput: KernelFunc = ({ inputs, backend, attrs }) => {
  const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as Conv2DBackpropInputAttrs;
  if (dataFormat === 'NCHW') throw new Error("wasm Conv2DBackpropInput supports dataFormat 'NHWC' only");
  const info = backend_util.computeConv2DInfo(inputShape, filter.shape as Shape4, strides, 1, pad, dimRoundingMode);

  return composeKernel(backend as KernelBackend, k => {
    const flipped = k.transpose(k.reverse(filter, [0, 1]), [0, 1, 3, 2]);
    const spread = zeroInsert(k, dy, [info.strideHeight, info.strideWidth]);
    const fitted = cropNegative(k, spread, fullCorrelationPads(info));
    return k.conv2d(fitted.x, flipped, [1, 1], [1, 1], fitted.pads);
  });
};

export const conv2dBackpropInputConfig: KernelConfig = {
  kernelName: Conv2DBackpropInput,
  backendName: 'wasm',
  kernelFunc: conv2dBackpropInput,
};
