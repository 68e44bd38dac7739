import { Sum, util, type KernelBackend, type KernelConfig, type SumAttrs, type TensorInfo } from '@tensorflow/tfjs-core';
import { composeKernel } from './kernelCalls';

type Shape4 = [number, number, number, number];

/** Reducing NHWC float32 over height and width (and maybe batch): what a conv's bias gradient does. */
function reducesSpatialAxes(x: TensorInfo, axes: number[]): boolean {
  const key = axes.join();
  return x.dtype === 'float32' && x.shape.length === 4 && (key === '1,2' || key === '0,1,2');
}

/**
 * Wraps the built-in Sum so that sums over an NHWC tensor's height and width (bias gradients of
 * convolutions) run as XNNPACK's average pooling over the whole image, scaled back by H·W.
 * The built-in first transposes the reduced axes innermost: ~15–30× slower at conv sizes.
 *
 * @example
 * registerKernel(sumConfig(getKernel('Sum', 'wasm')));
 */
export function sumConfig(builtIn: KernelConfig): KernelConfig {
  return {
    kernelName: Sum,
    backendName: 'wasm',
    setupFunc: builtIn.setupFunc,
    disposeFunc: builtIn.disposeFunc,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { x } = inputs as { x: TensorInfo };
      const { axis, keepDims } = attrs as unknown as SumAttrs;
      const axes = util.parseAxisParam(axis, x.shape).sort((a, b) => a - b);
      if (!reducesSpatialAxes(x, axes)) return builtIn.kernelFunc({ inputs, backend, attrs });
      const [n, h, w, c] = x.shape as Shape4;
      const overBatch = axes[0] === 0;
      const outShape = keepDims ? [overBatch ? 1 : n, 1, 1, c] : overBatch ? [c] : [n, c];
      return composeKernel(backend as KernelBackend, k => {
        const means = k.reshape(k.run('AvgPool', { x }, { filterSize: [h, w], strides: [1, 1], pad: 'valid' }), [n, c]);
        const sums = k.mul(means, k.scalar(h * w));
        return k.reshape(overBatch ? k.call(builtIn.kernelFunc, { x: sums }, { axis: [0], keepDims: false }) : sums, outShape);
      });
    },
  };
}
