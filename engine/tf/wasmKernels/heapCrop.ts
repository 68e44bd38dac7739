import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import type { TensorInfo } from '@tensorflow/tfjs-core';

type Shape4 = [number, number, number, number];
type Pair = [number, number];

/**
 * Copies `size` spatial cells of an NHWC tensor, from `start`, every `strides` cells, straight
 * between views of the wasm heap (whole rows at once when the column stride is 1). The built-in
 * Slice first copies the whole tensor out of the heap, and the built-in StridedSlice walks it
 * element by element: 5–100× slower for conv-sized tensors.
 *
 * @example
 * cropSpatial(backend, x, [1, 0], [x.shape[1] - 1, x.shape[2]]); // all but the first row
 * cropSpatial(backend, x, [0, 0], [4, 4], [2, 2]);                // every other cell of an 8×8 image
 */
export function cropSpatial(
  backend: BackendWasm,
  x: TensorInfo,
  [top, left]: Pair,
  [height, width]: Pair,
  [sh, sw]: Pair = [1, 1],
): TensorInfo {
  const [n, inHeight, inWidth, channels] = x.shape as Shape4;
  const out = backend.makeOutput([n, height, width, channels], x.dtype);
  // Views are taken after the allocation above, which may grow (and so detach) the heap.
  const source = backend.typedArrayFromHeap(x);
  const target = backend.typedArrayFromHeap(out);
  const run = sw === 1 ? width * channels : channels;
  const runsPerRow = sw === 1 ? 1 : width;
  let to = 0;
  for (let image = 0; image < n; image++) {
    for (let r = 0; r < height; r++) {
      const rowStart = ((image * inHeight + top + r * sh) * inWidth + left) * channels;
      for (let c = 0; c < runsPerRow; c++, to += run) {
        const from = rowStart + c * sw * channels;
        target.set(source.subarray(from, from + run), to);
      }
    }
  }
  return out;
}
