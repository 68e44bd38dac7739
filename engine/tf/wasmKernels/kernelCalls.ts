import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import {
  getKernel,
  type KernelBackend,
  type KernelFunc,
  type NamedAttrMap,
  type NamedTensorInfoMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { cropSpatial } from './heapCrop';

type Pair = [number, number];
export type Paddings = [number, number][];

/**
 * Calls other kernels of the same backend from inside a kernel, below the engine: no engine
 * tensors are made, so nothing is taped or tracked, and every intermediate result is freed
 * by {@link composeKernel} except the one returned.
 */
export class KernelCalls {
  private readonly made: TensorInfo[] = [];

  constructor(readonly backend: KernelBackend) {}

  /** Runs a registered wasm kernel by name. */
  run(kernelName: string, inputs: NamedTensorInfoMap, attrs: NamedAttrMap = {}): TensorInfo {
    return this.call(getKernel(kernelName, 'wasm').kernelFunc, inputs, attrs);
  }

  /** Runs a given kernel function (e.g. the built-in one a re-registration replaced). */
  call(kernelFunc: KernelFunc, inputs: NamedTensorInfoMap, attrs: NamedAttrMap = {}): TensorInfo {
    const out = kernelFunc({ inputs, backend: this.backend, attrs });
    if (Array.isArray(out)) throw new Error('KernelCalls only composes single-output kernels');
    this.made.push(out);
    return out;
  }

  reshape = (x: TensorInfo, shape: number[]) => this.run('Reshape', { x }, { shape });
  transpose = (x: TensorInfo, perm: number[]) => this.run('Transpose', { x }, { perm });
  reverse = (x: TensorInfo, dims: number[]) => this.run('Reverse', { x }, { dims });
  // Zero padding only: wasm PadV2 caches its XNNPACK operators by pad value, and a NaN value
  // corrupts that cache (later zero pads come out NaN).
  pad = (x: TensorInfo, paddings: Paddings) => this.run('PadV2', { x }, { paddings, constantValue: 0 });
  sum = (x: TensorInfo, axis: number[]) => this.run('Sum', { x }, { axis, keepDims: false });
  mul = (a: TensorInfo, b: TensorInfo) => this.run('Multiply', { a, b });
  scalar = (value: number) => this.run('Fill', {}, { shape: [], value, dtype: 'float32' });
  fill = (shape: number[], value: number) => this.run('Fill', {}, { shape, value, dtype: 'float32' });

  /** Convolution with explicit non-negative spatial padding ([[top, bottom], [left, right]]). */
  conv2d = (x: TensorInfo, filter: TensorInfo, strides: Pair, dilations: Pair, spatialPads: Paddings) =>
    this.run(
      'Conv2D',
      { x, filter },
      { strides, dilations, pad: [[0, 0], ...spatialPads, [0, 0]], dataFormat: 'NHWC' },
    );

  depthwiseConv2d = (x: TensorInfo, filter: TensorInfo, strides: Pair, dilations: Pair, spatialPads: Paddings) =>
    this.run('DepthwiseConv2dNative', { x, filter }, { strides, dilations, pad: [[0, 0], ...spatialPads, [0, 0]] });

  /** `size` spatial cells of an NHWC tensor from `start`, every `strides` cells (see {@link cropSpatial}). */
  cropSpatial(x: TensorInfo, start: Pair, size: Pair, strides: Pair = [1, 1]): TensorInfo {
    const out = cropSpatial(this.backend as unknown as BackendWasm, x, start, size, strides);
    this.made.push(out);
    return out;
  }

  /** Whether `info` is an intermediate made by these calls (not an input of the kernel). */
  owns(info: TensorInfo): boolean {
    return this.made.includes(info);
  }

  /** Forgets `result` so that it survives {@link disposeRest}. */
  keep(result: TensorInfo): void {
    const index = this.made.indexOf(result);
    if (index < 0) throw new Error('KernelCalls.keep: the result was not made by these calls');
    this.made.splice(index, 1);
  }

  disposeRest(): void {
    for (const info of this.made.splice(0)) this.backend.disposeData(info.dataId);
  }
}

/**
 * Runs `body` with a {@link KernelCalls} and frees every intermediate it made but the result.
 *
 * @example
 * const kernelFunc: KernelFunc = ({ inputs, backend }) =>
 *   composeKernel(backend as KernelBackend, k => k.transpose(inputs.x!, [1, 0]));
 */
export function composeKernel(backend: KernelBackend, body: (calls: KernelCalls) => TensorInfo): TensorInfo {
  const calls = new KernelCalls(backend);
  try {
    let result = body(calls);
    // A body may hand back one of its inputs; a reshape gives the caller its own reference.
    if (!calls.owns(result)) result = calls.reshape(result, result.shape);
    calls.keep(result);
    return result;
  } finally {
    calls.disposeRest();
  }
}
