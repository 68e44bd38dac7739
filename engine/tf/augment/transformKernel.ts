/**
 * A correct `Transform` kernel (tf.image.transform) for the cpu and wasm backends. The built-in
 * ones of tfjs 4.22 are both wrong: cpu returns after the first image of a batch (the others come
 * out as the fill value), and wasm's 'reflect' mode maps coordinates left of or above the image
 * with unsigned arithmetic (it reads the far edge instead of the mirror). This follows TensorFlow's
 * ImageProjectiveTransformV3 rules and runs in JavaScript on either backend.
 */
import {
  getKernel,
  registerKernel,
  unregisterKernel,
  type KernelBackend,
  type KernelConfig,
  type TensorInfo,
  type TransformAttrs,
} from '@tensorflow/tfjs-core';

type FillMode = TransformAttrs['fillMode'];
type Pixels = Float32Array | Int32Array;
type Row = [number, number, number, number, number, number, number, number];

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** The source coordinate a point at `c` reads from along an axis of `len` cells, for points outside it. */
export function mapCoordinate(c: number, len: number, mode: FillMode): number {
  if (mode === 'constant') return c;
  if (len <= 1) return 0;
  if (mode === 'nearest') return clamp(c, 0, len - 1);
  if (mode === 'reflect') {
    // Mirror about the outer pixel edges: one period is the image and its mirror image.
    const period = 2 * len;
    let m = c % period;
    if (m < 0) m += period;
    return clamp(m >= len ? period - m - 1 : m, 0, len - 1);
  }
  // 'wrap', with TensorFlow's own period arithmetic (len − 1 in the divisor), so results match it.
  let w = c;
  if (w < 0) w += len * (Math.trunc(-w / (len - 1)) + 1);
  else if (w > len - 1) w -= len * Math.trunc(w / (len - 1));
  return clamp(w, 0, len - 1);
}

/** C's round(): halves away from zero (Math.round takes −0.5 to 0, TensorFlow to −1). */
const roundHalfAway = (v: number) => Math.sign(v) * Math.round(Math.abs(v));

interface Sampler {
  image: ArrayLike<number>;
  h: number;
  w: number;
  c: number;
  /** Offset of the image in the batch. */
  base: number;
  fill: number;
}

const read = (s: Sampler, y: number, x: number, ch: number): number =>
  y >= 0 && y < s.h && x >= 0 && x < s.w ? s.image[s.base + (y * s.w + x) * s.c + ch]! : s.fill;

function bilinear(s: Sampler, y: number, x: number, ch: number): number {
  const y0 = Math.floor(y),
    x0 = Math.floor(x);
  const top = (x0 + 1 - x) * read(s, y0, x0, ch) + (x - x0) * read(s, y0, x0 + 1, ch);
  const bottom = (x0 + 1 - x) * read(s, y0 + 1, x0, ch) + (x - x0) * read(s, y0 + 1, x0 + 1, ch);
  return (y0 + 1 - y) * top + (y - y0) * bottom;
}

/**
 * Applies a projective transform per image: output (x, y) reads the input at
 * ((a0·x + a1·y + a2) / k, (b0·x + b1·y + b2) / k), k = c0·x + c1·y + 1, rows [a0 a1 a2 b0 b1 b2 c0 c1].
 * @example projectiveTransform(pixels, [1, 4, 4, 1], Float32Array.of(1, 0, 1, 0, 1, 0, 0, 0), [4, 4], attrs, out) // shift left by 1
 */
export function projectiveTransform(
  image: ArrayLike<number>,
  shape: number[],
  transforms: ArrayLike<number>,
  outHw: [number, number],
  attrs: Pick<TransformAttrs, 'interpolation' | 'fillMode' | 'fillValue'>,
  out: Pixels,
): void {
  const [batch, h, w, c] = shape as [number, number, number, number];
  const [oh, ow] = outHw;
  const perImage = transforms.length === 8 * batch;
  let o = 0;
  for (let b = 0; b < batch; b++) {
    const t = perImage ? 8 * b : 0;
    const [a0, a1, a2, b0, b1, b2, c0, c1] = Array.from({ length: 8 }, (_, i) => transforms[t + i]!) as Row;
    const s: Sampler = { image, h, w, c, base: b * h * w * c, fill: attrs.fillValue };
    for (let y = 0; y < oh; y++) {
      for (let x = 0; x < ow; x++) {
        const k = c0 * x + c1 * y + 1;
        if (k === 0) {
          out.fill(attrs.fillValue, o, o + c);
          o += c;
          continue;
        }
        const sx = mapCoordinate((a0 * x + a1 * y + a2) / k, w, attrs.fillMode);
        const sy = mapCoordinate((b0 * x + b1 * y + b2) / k, h, attrs.fillMode);
        for (let ch = 0; ch < c; ch++, o++) {
          out[o] =
            attrs.interpolation === 'nearest'
              ? read(s, roundHalfAway(sy), roundHalfAway(sx), ch)
              : bilinear(s, sy, sx, ch);
        }
      }
    }
  }
}

const transformConfigs = new Map<string, KernelConfig>();

function transformConfig(backendName: string): KernelConfig {
  const config: KernelConfig = {
    kernelName: 'Transform',
    backendName,
    kernelFunc: ({ inputs, attrs, backend: anyBackend }) => {
      const backend = anyBackend as KernelBackend;
      const { image, transforms } = inputs as { image: TensorInfo; transforms: TensorInfo };
      const a = attrs as unknown as TransformAttrs;
      const [batch, h, w, c] = image.shape as [number, number, number, number];
      const outHw = a.outputShape ?? [h, w];
      const outShape = [batch, ...outHw, c];
      const out =
        image.dtype === 'int32'
          ? new Int32Array(batch * outHw[0] * outHw[1] * c)
          : new Float32Array(batch * outHw[0] * outHw[1] * c);
      const pixels = backend.readSync(image.dataId) as Pixels;
      projectiveTransform(pixels, image.shape, backend.readSync(transforms.dataId) as Float32Array, outHw, a, out);
      return { dataId: backend.write(out, outShape, image.dtype), shape: outShape, dtype: image.dtype };
    },
  };
  transformConfigs.set(backendName, config);
  return config;
}

/**
 * Puts this Transform kernel in place of the built-in one of every loaded backend among cpu and
 * wasm. A backend not loaded yet is skipped (its import would register the built-in over ours), so
 * callers run this right before using tf.image.transform; when already done it is a map lookup.
 * @example useCorrectTransformKernels(); const y = tf.image.transform(x, m, 'bilinear', 'reflect');
 */
export function useCorrectTransformKernels(): void {
  for (const backendName of ['cpu', 'wasm']) {
    const current = getKernel('Transform', backendName);
    if (!current || current === transformConfigs.get(backendName)) continue;
    unregisterKernel('Transform', backendName);
    registerKernel(transformConfigs.get(backendName) ?? transformConfig(backendName));
  }
}
