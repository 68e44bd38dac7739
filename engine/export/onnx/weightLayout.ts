/** tfjs keeps kernels channels-last; ONNX's Conv wants them output-channel first. */
import type { LayerWeight, OnnxWeightLayout } from '../../core/layers/onnxTypes';

export interface OnnxTensorData {
  dims: number[];
  values: Float32Array;
}

/**
 * Reorders a tfjs weight for ONNX.
 * @example toOnnxLayout({ shape: [3, 3, 1, 6], values }, 'convKernel').dims // [6, 1, 3, 3]
 */
export function toOnnxLayout(weight: LayerWeight, layout: OnnxWeightLayout): OnnxTensorData {
  if (layout === 'asIs') return { dims: [...weight.shape], values: weight.values };
  const [kh = 1, kw = 1, cin = 1, cout = 1] = weight.shape;
  const values = new Float32Array(weight.values.length);
  // Both layouts read [kh, kw, cin, cout]; a depthwise "cout" is the multiplier, and its output
  // channel c·multiplier + m forms group c of a Conv with group = cin.
  const outChannels = layout === 'convKernel' ? cout : cin * cout;
  const inPerGroup = layout === 'convKernel' ? cin : 1;
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      for (let c = 0; c < cin; c++) {
        for (let o = 0; o < cout; o++) {
          const from = ((i * kw + j) * cin + c) * cout + o;
          const [out, inner] = layout === 'convKernel' ? [o, c] : [c * cout + o, 0];
          values[((out * inPerGroup + inner) * kh + i) * kw + j] = weight.values[from]!;
        }
      }
    }
  }
  return { dims: [outChannels, inPerGroup, kh, kw], values };
}
