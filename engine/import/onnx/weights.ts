/** ONNX weight layouts back to tfjs': the inverse of engine/export/onnx/weightLayout.ts. */
import type { LayerWeight } from '../../core/layers/onnxTypes';
import type { Constant } from './readModel';

const floats = (c: Constant): Float32Array =>
  c.values instanceof Float32Array ? c.values : Float32Array.from(c.values);

/**
 * A Conv weight [out, in/group, kh, kw] as tfjs' kernel: [kh, kw, in, out] for a plain conv, or
 * [kh, kw, in, multiplier] for a depthwise one (group = in channels).
 * @example tfjsKernel({ dims: [6, 1, 5, 5], values }, false).shape // [5, 5, 1, 6]
 */
export function tfjsKernel(c: Constant, depthwise: boolean, inChannels = 1): LayerWeight {
  const [o = 1, i = 1, kh = 1, kw = 1] = c.dims;
  const src = floats(c);
  const [cin, cout] = depthwise ? [inChannels, o / inChannels] : [i, o];
  const values = new Float32Array(src.length);
  for (let out = 0; out < o; out++) {
    for (let inner = 0; inner < i; inner++) {
      for (let y = 0; y < kh; y++) {
        for (let x = 0; x < kw; x++) {
          const [ch, k] = depthwise ? [Math.floor(out / cout), out % cout] : [inner, out];
          values[((y * kw + x) * cin + ch) * cout + k] = src[((out * i + inner) * kh + y) * kw + x]!;
        }
      }
    }
  }
  return { shape: [kh, kw, cin, cout], values };
}

/** A Gemm/MatMul weight as a Dense kernel [in, out]; `transposed` when ONNX stores it [out, in] (transB). */
export function tfjsDenseKernel(c: Constant, transposed: boolean): LayerWeight {
  const [a = 1, b = 1] = c.dims;
  if (!transposed) return { shape: [a, b], values: floats(c) };
  const src = floats(c),
    values = new Float32Array(src.length);
  for (let r = 0; r < a; r++) for (let k = 0; k < b; k++) values[k * a + r] = src[r * b + k]!;
  return { shape: [b, a], values };
}

export const tfjsVector = (c: Constant): LayerWeight => ({ shape: [c.values.length], values: floats(c) });
