import {
  backend_util,
  Conv2DBackpropFilter,
  type Conv2DBackpropFilterAttrs,
  type KernelBackend,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { composeKernel, type KernelCalls } from './kernelCalls';
import { cropNegative } from './spatialPadding';

type Shape4 = [number, number, number, number];

/** Above this many elements the one-step 4-D transpose falls out of cache (3× slower measured). */
const LARGE_TRANSPOSE = 1 << 17;

/** [N, H, W, C] → [C, H, W, N]; large tensors as a 2-D transpose then one keeping N innermost. */
function channelsToBatch(k: KernelCalls, x: TensorInfo): TensorInfo {
  const [n, h, w, c] = x.shape as Shape4;
  if (n * h * w * c < LARGE_TRANSPOSE) return k.transpose(x, [3, 1, 2, 0]);
  const batchInnermost = k.reshape(k.transpose(k.reshape(x, [n, h * w * c]), [1, 0]), [h, w, c, n]);
  return k.transpose(batchInnermost, [2, 0, 1, 3]);
}

/**
 * dW[i,j,c,k] = Σ_{n,p,q} x[n, p·s+i−padTop, q·s+j−padLeft, c] · dy[n,p,q,k]: a convolution of
 * x with channels as batch and batch as channels ([C,H,W,N]), by dy used as an [OH,OW,N,K]
 * filter dilated by the forward stride. XNNPACK runs it as one large GEMM; tfjs-backend-wasm
 * 4.22 has no kernel for it at all.
 */
const conv2dBackpropFilter: KernelFunc = ({ inputs, backend, attrs }) => {
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
  if (dataFormat === 'NCHW') throw new Error("wasm Conv2DBackpropFilter supports dataFormat 'NHWC' only");
  const info = backend_util.computeConv2DInfo(x.shape as Shape4, filterShape, strides, 1, pad, dimRoundingMode);
  const { filterHeight, filterWidth, strideHeight, strideWidth, inHeight, inWidth, outHeight, outWidth } = info;
  const { top, left } = info.padInfo;
  // Rows the taps reach: filterHeight + (outHeight−1)·stride; an unreached tail gives a negative pad.
  const bottom = filterHeight + (outHeight - 1) * strideHeight - inHeight - top;
  const right = filterWidth + (outWidth - 1) * strideWidth - inWidth - left;

  return composeKernel(backend as KernelBackend, k => {
    const channelsAsBatch = channelsToBatch(k, x);
    const dyAsFilter = k.transpose(dy, [1, 2, 0, 3]);
    const fitted = cropNegative(k, channelsAsBatch, [
      [top, bottom],
      [left, right],
    ]);
    const grad = k.conv2d(fitted.x, dyAsFilter, [1, 1], [strideHeight, strideWidth], fitted.pads);
    return k.transpose(grad, [1, 2, 0, 3]);
  });
};

export const conv2dBackpropFilterConfig: KernelConfig = {
  kernelName: Conv2DBackpropFilter,
  backendName: 'wasm',
  kernelFunc: conv2dBackpropFilter,
};
