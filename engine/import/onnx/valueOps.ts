/** ONNX ops for normalisation, merges, padding, cropping and Dense layers → Convas nodes. */
import { centreStart } from '../../core/layers/augmentation';
import type { Layout } from './importState';
import { denseKernel, type Handler } from './opHandlers';
import { tfjsVector } from './weights';

export const batchNorm: Handler = (state, n) => {
  const src = state.source(n.inputs[0]!, n);
  const [gamma, beta, mean, variance] = n.inputs.slice(1, 5).map(t => state.constant(t));
  if (!src || !gamma || !beta || !mean || !variance)
    return src && state.fail(n, 'needs scale, bias, mean and variance as constants');
  const epsilon = n.attributes.epsilon;
  const node = state.add(
    n,
    'batchNormalization',
    { epsilon: typeof epsilon === 'object' && 'float' in epsilon ? epsilon.float : 1e-5 },
    [src.node.id],
    {
      gamma: tfjsVector(gamma),
      beta: tfjsVector(beta),
      moving_mean: tfjsVector(mean),
      moving_variance: tfjsVector(variance),
    },
  );
  if (node) state.hold(n.outputs[0], node.id, src.layout);
};

/** Sum/Add of branches → Add; Concat on channels (features) → Concatenate. */
export const merge =
  (kind: 'add' | 'concatenate'): Handler =>
  (state, n) => {
    if (n.inputs.some(t => state.constant(t))) return state.fail(n, 'adds or joins a constant tensor');
    const sources = n.inputs.map(t => state.source(t, n));
    if (sources.some(s => !s)) return;
    const layout = sources[0]!.layout;
    if (sources.some(s => s!.layout !== layout) || !(['nchw', 'flat'] as Layout[]).includes(layout))
      return state.fail(n, 'mixes tensor layouts');
    const axis = Number(n.attributes.axis ?? 1);
    if (kind === 'concatenate' && axis !== 1 && !(layout === 'flat' && axis === -1))
      return state.fail(n, `joins along axis ${axis}; Convas joins channels`);
    const node = state.add(
      n,
      kind,
      {},
      sources.map(s => s!.node.id),
    );
    if (node) state.hold(n.outputs[0], node.id, layout);
  };

export const pad: Handler = (state, n) => {
  const src = state.source(n.inputs[0]!, n);
  const pads = state.constant(n.inputs[1])?.values ?? [];
  const value = state.constant(n.inputs[2])?.values[0] ?? 0;
  const [, , t, l, , , b, r] = pads as number[];
  if (!src) return;
  if (
    src.layout !== 'nchw' ||
    pads.length !== 8 ||
    pads[0] ||
    pads[1] ||
    pads[4] ||
    pads[5] ||
    t !== b ||
    l !== r ||
    value !== 0 ||
    (n.attributes.mode ?? 'constant') !== 'constant'
  ) {
    return state.fail(n, 'only equal zero padding of height and width');
  }
  const node = state.add(n, 'zeroPadding2d', { padding: [t!, l!] }, [src.node.id]);
  if (node) state.hold(n.outputs[0], node.id, 'nchw');
};

/** A centred window over height and width: Convas' Random Crop, which crops the centre at inference. */
export const slice: Handler = (state, n) => {
  const src = state.source(n.inputs[0]!, n);
  const [starts, ends, axes] = [1, 2, 3].map(i => state.constant(n.inputs[i])?.values as number[] | undefined);
  if (!src) return;
  const [h, w] = src.node.shape as [number, number];
  const ok = src.layout === 'nchw' && axes?.join() === '2,3' && starts && ends && !n.inputs[4];
  const [height, width] = ok ? [ends![0]! - starts![0]!, ends![1]! - starts![1]!] : [0, 0];
  if (!ok || starts![0] !== centreStart(h, height) || starts![1] !== centreStart(w, width))
    return state.fail(n, 'only a centred crop of height and width');
  const node = state.add(n, 'randomCrop', { height, width }, [src.node.id]);
  if (node) state.hold(n.outputs[0], node.id, 'nchw');
};

export const gemm: Handler = (state, n) => {
  const src = state.source(n.inputs[0]!, n);
  if (!src) return;
  const transposed = Number(n.attributes.transB ?? 0) === 1;
  const kernel = denseKernel(state, n, transposed);
  const bias = state.constant(n.inputs[2]);
  const scale = (k: string) => {
    const v = n.attributes[k];
    return typeof v === 'object' && 'float' in v ? v.float : 1;
  };
  if (
    src.layout !== 'flat' ||
    !kernel ||
    Number(n.attributes.transA ?? 0) ||
    scale('alpha') !== 1 ||
    scale('beta') !== 1 ||
    (bias && bias.dims.length !== 1)
  ) {
    return state.fail(n, 'only x·W + b of a flat input with constant weights');
  }
  const node = state.add(
    n,
    'dense',
    { units: kernel.shape[1]!, activation: 'linear', useBias: !!bias },
    [src.node.id],
    { kernel, ...(bias && { bias: tfjsVector(bias) }) },
  );
  if (node) state.hold(n.outputs[0], node.id, 'flat');
};
