/** One ONNX op (or the start of an activation chain) → Convas nodes. The inverse of each kind's toOnnx. */
import { axisPads } from '../../export/onnx/nodeBuilder';
import type { LayerWeight } from '../../core/layers/onnxTypes';
import type { Padding } from '../../core/layers/params';
import { matchActivation } from './activationPatterns';
import type { ImportState, Layout } from './importState';
import type { ReadNode } from './readModel';
import { tfjsDenseKernel, tfjsKernel, tfjsVector } from './weights';

export type Handler = (state: ImportState, n: ReadNode) => void;

const ints = (n: ReadNode, name: string, fallback: number[]): number[] => {
  const v = n.attributes[name];
  return Array.isArray(v) ? v : fallback;
};
const same = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The source of input `i`, required to be in one of `layouts`. */
function from(state: ImportState, n: ReadNode, layouts: Layout[], i = 0) {
  const src = state.source(n.inputs[i]!, n);
  if (src && !layouts.includes(src.layout)) {
    state.fail(n, `takes a ${src.layout} tensor here, which Convas cannot express`);
    return undefined;
  }
  return src;
}

/** ONNX pads → tfjs' padding for a window over [h, w]: 'valid', 'same', or symmetric zero padding before a valid window. */
function padding(
  n: ReadNode,
  hw: number[],
  kernel: number[],
  strides: number[],
): Padding | [number, number] | undefined {
  const auto = n.attributes.auto_pad;
  if (auto === 'VALID') return 'valid';
  if (auto === 'SAME_UPPER') return 'same';
  if (auto !== undefined && auto !== 'NOTSET') return undefined;
  const pads = ints(n, 'pads', [0, 0, 0, 0]);
  if (pads.every(p => p === 0)) return 'valid';
  const tf = [0, 1].map(a => axisPads(hw[a]!, kernel[a]!, strides[a]!, 'same'));
  if (same(pads, [tf[0]![0], tf[1]![0], tf[0]![1], tf[1]![1]])) return 'same';
  return pads[0] === pads[2] && pads[1] === pads[3] ? [pads[0]!, pads[1]!] : undefined;
}

export const conv: Handler = (state, n) => {
  const src = from(state, n, ['nchw']);
  const w = state.constant(n.inputs[1]),
    b = state.constant(n.inputs[2]);
  if (!src || !w || w.dims.length !== 4) return src && state.fail(n, 'needs its weights as a constant 4-D tensor');
  if (ints(n, 'dilations', [1, 1]).some(d => d !== 1)) return state.fail(n, 'dilated convolutions are not in Convas');
  const [h, wd, cin] = src.node.shape as [number, number, number];
  const kernel = w.dims.slice(2),
    strides = ints(n, 'strides', [1, 1]);
  const group = Number(n.attributes.group ?? 1);
  const depthwise = group > 1 && group === cin && w.dims[1] === 1;
  if (group !== 1 && !depthwise) return state.fail(n, `grouped convolution (${group} groups) other than depthwise`);
  let pad = padding(n, [h, wd], kernel, strides),
    input = src.node;
  if (!pad) return state.fail(n, 'asymmetric padding');
  if (Array.isArray(pad)) {
    const padded = state.add(n, 'zeroPadding2d', { padding: pad }, [input.id], {}, `${state.idFor(n, 'pad')}_pad`);
    if (!padded) return;
    [input, pad] = [padded, 'valid'];
  }
  const common = { kernelSize: kernel, strides, padding: pad, activation: 'linear', useBias: !!b };
  const bias: Record<string, LayerWeight> = b ? { bias: tfjsVector(b) } : {};
  const node = depthwise
    ? state.add(n, 'depthwiseConv2d', { ...common, depthMultiplier: w.dims[0]! / cin }, [input.id], {
        depthwise_kernel: tfjsKernel(w, true, cin),
        ...bias,
      })
    : state.add(n, 'conv2d', { ...common, filters: w.dims[0]! }, [input.id], { kernel: tfjsKernel(w, false), ...bias });
  if (node) state.hold(n.outputs[0], node.id, 'nchw');
};

export const pool =
  (kind: 'maxPooling2d' | 'averagePooling2d'): Handler =>
  (state, n) => {
    const src = from(state, n, ['nchw']);
    if (!src) return;
    const kernel = ints(n, 'kernel_shape', []),
      strides = ints(n, 'strides', [1, 1]);
    const pad = padding(n, src.node.shape, kernel, strides);
    if (Number(n.attributes.ceil_mode ?? 0) !== 0 || ints(n, 'dilations', [1, 1]).some(d => d !== 1))
      return state.fail(n, 'ceil mode or dilation');
    if (pad !== 'valid' && (pad !== 'same' || Number(n.attributes.count_include_pad ?? 0) !== 0))
      return state.fail(n, "padding other than tfjs' valid or same");
    const node = state.add(n, kind, { poolSize: kernel, strides, padding: pad }, [src.node.id]);
    if (node) state.hold(n.outputs[0], node.id, 'nchw');
  };

export const globalPool =
  (kind: 'globalAveragePooling2d' | 'globalMaxPooling2d'): Handler =>
  (state, n) => {
    const src = from(state, n, ['nchw']);
    const node = src && state.add(n, kind, {}, [src.node.id]);
    if (node) state.hold(n.outputs[0], node.id, 'pooled');
  };

/** Ops Convas needs no node for: the tensor passes through, possibly in another layout. */
export const passThrough =
  (layouts: Layout[], to?: Layout): Handler =>
  (state, n) => {
    const src = from(state, n, layouts);
    if (src) state.hold(n.outputs[0], src.node.id, to ?? src.layout);
  };

export const transpose: Handler = (state, n) => {
  const perm = ints(n, 'perm', []);
  if (same(perm, [0, 3, 1, 2])) return passThrough(['nhwc'], 'nchw')(state, n);
  if (same(perm, [0, 2, 3, 1])) return passThrough(['nchw'], 'nhwc')(state, n);
  state.fail(n, `permutation [${perm}]`);
};

export const flatten: Handler = (state, n) => {
  const src = from(state, n, ['nhwc', 'pooled', 'nchw']);
  if (!src) return;
  if (Number(n.attributes.axis ?? 1) !== 1) return state.fail(n, 'flattening from an axis other than 1');
  if (src.layout === 'pooled') return state.hold(n.outputs[0], src.node.id, 'flat');
  // Channels-first flattening orders values differently from Convas' Flatten unless the image is 1×1.
  if (src.layout === 'nchw' && (src.node.shape[0] !== 1 || src.node.shape[1] !== 1))
    return state.fail(n, 'flattens a channels-first image (transpose it to channels-last first)');
  const node = state.add(n, 'flatten', {}, [src.node.id]);
  if (node) state.hold(n.outputs[0], node.id, 'flat');
};

/** Activation ops and chains: an Activation node in the same layout as its input. */
export const activationHandler: Handler = (state, n) => {
  const src = from(state, n, ['nchw', 'flat']);
  const match = src && matchActivation(state, n, src.layout);
  if (!src || !match) return;
  if ('unsupported' in match) return state.fail(n, match.unsupported);
  const node = state.add(n, 'activation', { activation: match.act }, [src.node.id]);
  for (const a of match.absorbed) state.absorbed.add(a);
  if (node) state.hold(match.output, node.id, src.layout);
};

export const denseKernel = (state: ImportState, n: ReadNode, transposed: boolean) => {
  const w = state.constant(n.inputs[1]);
  return w && w.dims.length === 2 ? tfjsDenseKernel(w, transposed) : undefined;
};
