import {
  type Mean,
  Sum,
  util,
  type KernelBackend,
  type KernelConfig,
  type SumAttrs,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { composeKernel } from './kernelCalls';

type Shape4 = [number, number, number, number];

/** Reducing NHWC float32 over height and width (and maybe batch): bias gradients, batch-norm moments. */
function reducesSpatialAxes(x: TensorInfo, axes: number[]): boolean {
  const key = axes.join();
  return x.dtype === 'float32' && x.shape.length === 4 && (key === '1,2' || key === '0,1,2');
}

/**
 * Wraps the built-in Sum or Mean so that reductions over an NHWC tensor's height and width
 * (a conv's bias gradient, batch normalization's moments) run as XNNPACK's average pooling over
 * the whole image (scaled back by H·W for Sum). The built-ins first transpose the reduced axes
 * innermost: ~15–30× slower at conv sizes.
 *
 * @example
 * registerKernel(spatialReductionConfig('Sum', getKernel('Sum', 'wasm')));
 */
export function spatialReductionConfig(kernelName: typeof Sum | typeof Mean, builtIn: KernelConfig): KernelConfig {
  return {
    kernelName,
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
        const perImage = kernelName === Sum ? k.mul(means, k.scalar(h * w)) : means;
        return k.reshape(
          overBatch ? k.call(builtIn.kernelFunc, { x: perImage }, { axis: [0], keepDims: false }) : perImage,
          outShape,
        );
      });
    },
  };
}
