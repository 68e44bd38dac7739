import {
  backend_util,
  DepthwiseConv2dNativeBackpropFilter,
  type DepthwiseConv2dNativeBackpropFilterAttrs,
  type KernelBackend,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { composeKernel, type KernelCalls } from './kernelCalls';
import { padOrCrop } from './spatialPadding';

type Shape4 = [number, number, number, number];

/**
 * dy's channels reordered from c·M+m to m·C+c, so that x (C channels) lines up with each of the
 * M groups by a broadcast over a middle axis (one XNNPACK can do fast; innermost is ~8× slower).
 */
function multiplierMajor(k: KernelCalls, dy: TensorInfo, channels: number, multiplier: number): TensorInfo {
  if (multiplier === 1) return dy;
  const [n, h, w] = dy.shape as Shape4;
  const split = k.reshape(dy, [n, h, w, channels, multiplier]);
  return k.reshape(k.transpose(split, [0, 1, 2, 4, 3]), [n, h, w, multiplier * channels]);
}

/** The input cells tap (i, j) meets, one per output cell: [N, OH, OW, channels of `frame`]. */
const tapWindow = (k: KernelCalls, frame: TensorInfo, start: [number, number], info: backend_util.Conv2DInfo) =>
  k.cropSpatial(frame, start, [info.outHeight, info.outWidth], [info.strideHeight, info.strideWidth]);

/**
 * dW[i,j,c,m] = Σ_{n,p,q} x[n, p·s+i·d−padTop, q·s+j·d−padLeft, c] · dy[n,p,q,c·M+m], one filter
 * tap at a time: the padded x cells the tap meets, times dy, summed over batch and space (an
 * average pool). Missing in tfjs-backend-wasm 4.22; a depthwise conv with dy as an OH×OW filter
 * would also do it, but XNNPACK runs such kernels ~25× slower.
 */
const depthwiseBackpropFilter: KernelFunc = ({ inputs, backend, attrs }) => {
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const { strides, dilations, pad, dimRoundingMode, filterShape } =
    attrs as unknown as DepthwiseConv2dNativeBackpropFilterAttrs;
  const info = backend_util.computeConv2DInfo(
    x.shape as Shape4,
    filterShape,
    strides,
    dilations,
    pad,
    dimRoundingMode,
    true,
  );
  const [n, height, width, channels] = x.shape as Shape4;
  const [fh, fw, , multiplier] = filterShape;
  const { top, left } = info.padInfo;
  const frameHeight = (info.outHeight - 1) * info.strideHeight + info.effectiveFilterHeight;
  const frameWidth = (info.outWidth - 1) * info.strideWidth + info.effectiveFilterWidth;

  return composeKernel(backend as KernelBackend, k => {
    const frame = padOrCrop(k, x, [
      [top, frameHeight - top - height],
      [left, frameWidth - left - width],
    ]);
    const repeated =
      multiplier === 1
        ? frame
        : k.reshape(
            k.mul(k.reshape(frame, [n, frameHeight, frameWidth, 1, channels]), k.fill([1, 1, 1, multiplier, 1], 1)),
            [n, frameHeight, frameWidth, multiplier * channels],
          );
    const grads = multiplierMajor(k, dy, channels, multiplier);
    const taps: TensorInfo[] = [];
    for (let i = 0; i < fh; i++) {
      for (let j = 0; j < fw; j++) {
        const products = k.mul(tapWindow(k, repeated, [i * info.dilationHeight, j * info.dilationWidth], info), grads);
        const tapSums = k.run('Sum', { x: products }, { axis: [0, 1, 2], keepDims: false });
        taps.push(k.reshape(tapSums, [1, multiplier * channels]));
      }
    }
    // Concat takes its inputs as a list.
    const grad = k.reshape(k.run('Concat', taps as unknown as Record<string, TensorInfo>, { axis: 0 }), [
      fh,
      fw,
      multiplier,
      channels,
    ]);
    return multiplier === 1 ? k.reshape(grad, filterShape) : k.transpose(grad, [0, 1, 3, 2]);
  });
};

export const depthwiseBackpropFilterConfig: KernelConfig = {
  kernelName: DepthwiseConv2dNativeBackpropFilter,
  backendName: 'wasm',
  kernelFunc: depthwiseBackpropFilter,
};
