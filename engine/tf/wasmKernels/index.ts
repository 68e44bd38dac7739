import { getKernel, registerKernel, unregisterKernel, type KernelConfig } from '@tensorflow/tfjs-core';
import { batchMatMulConfig } from './batchMatMul';
import { conv2dBackpropFilterConfig } from './conv2dBackpropFilter';
import { conv2dBackpropInputConfig } from './conv2dBackpropInput';
import { depthwiseBackpropFilterConfig } from './depthwiseBackpropFilter';
import { depthwiseBackpropInputConfig } from './depthwiseBackpropInput';
import { maxPoolGradConfig } from './maxPoolGrad';
import { spatialReductionConfig } from './spatialReduction';
import { tileConfig } from './tile';

interface Replacement {
  kernelName: string;
  /** 'always': ours is faster or more correct; 'ifMissing': only fill a gap of the built-in set. */
  when: 'always' | 'ifMissing';
  make: (builtIn: KernelConfig | undefined) => KernelConfig;
}

const REPLACEMENTS: Replacement[] = [
  { kernelName: 'Conv2DBackpropFilter', when: 'always', make: () => conv2dBackpropFilterConfig },
  { kernelName: 'Conv2DBackpropInput', when: 'always', make: () => conv2dBackpropInputConfig },
  { kernelName: 'MaxPoolGrad', when: 'always', make: () => maxPoolGradConfig },
  { kernelName: 'BatchMatMul', when: 'always', make: builtIn => batchMatMulConfig(required(builtIn, 'BatchMatMul')) },
  { kernelName: 'Sum', when: 'always', make: builtIn => spatialReductionConfig('Sum', required(builtIn, 'Sum')) },
  { kernelName: 'Mean', when: 'always', make: builtIn => spatialReductionConfig('Mean', required(builtIn, 'Mean')) },
  { kernelName: 'Tile', when: 'always', make: () => tileConfig },
  { kernelName: 'DepthwiseConv2dNativeBackpropFilter', when: 'ifMissing', make: () => depthwiseBackpropFilterConfig },
  { kernelName: 'DepthwiseConv2dNativeBackpropInput', when: 'ifMissing', make: () => depthwiseBackpropInputConfig },
];

function required(builtIn: KernelConfig | undefined, kernelName: string): KernelConfig {
  if (!builtIn) throw new Error(`the wasm backend has no ${kernelName} kernel to wrap`);
  return builtIn;
}

const installed = new Map<string, KernelConfig>();

/**
 * Registers Convas' kernels for the 'wasm' backend: the conv filter gradient and depthwise
 * gradients it lacks, a correct MaxPoolGrad, and faster conv input gradients, matmuls and
 * bias-gradient sums. Safe to call more than once; returns the names of the kernels now in place.
 *
 * @example
 * await import('@tensorflow/tfjs-backend-wasm');
 * registerWasmKernels(); // ['Conv2DBackpropFilter', 'Conv2DBackpropInput', ...]
 * await tf.setBackend('wasm');
 */
export function registerWasmKernels(): string[] {
  const names: string[] = [];
  for (const { kernelName, when, make } of REPLACEMENTS) {
    const current = getKernel(kernelName, 'wasm') as KernelConfig | undefined;
    if (current && current === installed.get(kernelName)) {
      names.push(kernelName);
      continue;
    }
    if (current && when === 'ifMissing') continue;
    const config = make(current);
    if (current) unregisterKernel(kernelName, 'wasm');
    registerKernel(config);
    installed.set(kernelName, config);
    names.push(kernelName);
  }
  return names;
}
