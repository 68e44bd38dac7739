import {
  backend_util,
  DepthwiseConv2dNativeBackpropInput,
  type DepthwiseConv2dNativeBackpropInputAttrs,
  type KernelBackend,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { fullCorrelationPads } from './conv2dBackpropInput';
import { composeKernel } from './kernelCalls';
import { cropNegative, zeroInsert } from './spatialPadding';

type Shape4 = [number, number, number, number];

/**
 * dx of a depthwise convolution with channel multiplier M: a stride-1 depthwise conv of the
 * zero-inserted, padded dy (C·M channels) with the spatially reversed filter seen as
 * [fh, fw, C·M, 1], then the M outputs of each input channel summed. Missing in
 * tfjs-backend-wasm 4.22, where depthwise and separable convolutions could not train.
 */
const depthwiseBackpropInput: KernelFunc = ({ inputs, backend, attrs }) => {
  const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
  const { strides, dilations, pad, dimRoundingMode, inputShape } =
    attrs as unknown as DepthwiseConv2dNativeBackpropInputAttrs;
  const [fh, fw, channels, multiplier] = filter.shape as Shape4;
  const info = backend_util.computeConv2DInfo(
    inputShape,
    [fh, fw, channels, multiplier],
    strides,
    dilations,
    pad,
    dimRoundingMode,
    true,
  );

  return composeKernel(backend as KernelBackend, k => {
    const flipped = k.reshape(k.reverse(filter, [0, 1]), [fh, fw, channels * multiplier, 1]);
    const spread = zeroInsert(k, dy, [info.strideHeight, info.strideWidth]);
    const fitted = cropNegative(k, spread, fullCorrelationPads(info));
    const perOutput = k.depthwiseConv2d(
      fitted.x,
      flipped,
      [1, 1],
      [info.dilationHeight, info.dilationWidth],
      fitted.pads,
    );
    if (multiplier === 1) return perOutput;
    const [n, h, w] = inputShape;
    return k.sum(k.reshape(perOutput, [n, h, w, channels, multiplier]), [4]);
  });
};

export const depthwiseBackpropInputConfig: KernelConfig = {
  kernelName: DepthwiseConv2dNativeBackpropInput,
  backendName: 'wasm',
  kernelFunc: depthwiseBackpropInput,
};
