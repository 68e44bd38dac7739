import {
  BatchMatMul,
  util,
  type BatchMatMulAttrs,
  type DataId,
  type KernelBackend,
  type KernelConfig,
  type KernelFunc,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import { composeKernel, type KernelCalls } from './kernelCalls';

/**
 * XNNPACK packs the right operand as weights (cached per tensor) before multiplying; packing a
 * fresh tensor costs about this many transposes of it (measured: 2304×512 packs in ~13 ms and
 * transposes in ~4 ms).
 */
const PACK_COST = 3;

/** Right operands already packed by the built-in kernel (its cache is keyed by tensor). */
const packedOnce = new WeakSet<DataId>();

/**
 * Whether op(A)·op(B) (op = transpose when flagged) is cheaper as (op(B)ᵀ·op(A)ᵀ)ᵀ, counting
 * elements transposed plus elements packed.
 */
function cheaperSwapped(a: TensorInfo, b: TensorInfo, ta: boolean, tb: boolean): boolean {
  const [m, inner] = ta ? [a.shape.at(-1)!, a.shape.at(-2)!] : [a.shape.at(-2)!, a.shape.at(-1)!];
  const n = tb ? b.shape.at(-2)! : b.shape.at(-1)!;
  const [sizeA, sizeB] = [m * inner, inner * n];
  const packs = (operand: TensorInfo, transposed: boolean) => (transposed || !packedOnce.has(operand.dataId) ? 1 : 0);
  const direct = (ta ? sizeA : 0) + (tb ? sizeB : 0) + PACK_COST * sizeB * packs(b, tb);
  const swapped = (tb ? 0 : sizeB) + (ta ? 0 : sizeA) + m * n + PACK_COST * sizeA * packs(a, !ta);
  return swapped < direct;
}

function swapLastTwo(k: KernelCalls, x: TensorInfo): TensorInfo {
  const perm = x.shape.map((_, axis) => axis);
  const rank = perm.length;
  [perm[rank - 2], perm[rank - 1]] = [rank - 1, rank - 2];
  return k.transpose(x, perm);
}

function plainProduct(k: KernelCalls, plain: KernelFunc, left: TensorInfo, right: TensorInfo): TensorInfo {
  if (!k.owns(right)) packedOnce.add(right.dataId);
  return k.call(plain, { a: left, b: right }, { transposeA: false, transposeB: false });
}

/**
 * Wraps the built-in BatchMatMul. The built-in runs transposed products through scalar loops and
 * only plain, unbatched ones through XNNPACK, whose weight packing of a fresh right operand
 * costs more than the product for a dense layer's weights. Each product is therefore run plain,
 * either as op(A)·op(B) or as (op(B)ᵀ·op(A)ᵀ)ᵀ, whichever transposes and packs fewer elements.
 *
 * @example
 * registerKernel(batchMatMulConfig(getKernel('BatchMatMul', 'wasm')));
 */
export function batchMatMulConfig(builtIn: KernelConfig): KernelConfig {
  return {
    kernelName: BatchMatMul,
    backendName: 'wasm',
    setupFunc: builtIn.setupFunc,
    disposeFunc: builtIn.disposeFunc,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const { a, b } = inputs as { a: TensorInfo; b: TensorInfo };
      const { transposeA, transposeB } = attrs as unknown as BatchMatMulAttrs;
      const batched = util.sizeFromShape(a.shape.slice(0, -2)) > 1 || util.sizeFromShape(b.shape.slice(0, -2)) > 1;
      // Batched products never reach XNNPACK in the built-in: nothing to gain.
      if (batched) return builtIn.kernelFunc({ inputs, backend, attrs });
      const swapped = cheaperSwapped(a, b, transposeA, transposeB);
      return composeKernel(backend as KernelBackend, k => {
        if (!swapped) {
          return plainProduct(
            k,
            builtIn.kernelFunc,
            transposeA ? swapLastTwo(k, a) : a,
            transposeB ? swapLastTwo(k, b) : b,
          );
        }
        const product = plainProduct(
          k,
          builtIn.kernelFunc,
          transposeB ? b : swapLastTwo(k, b),
          transposeA ? a : swapLastTwo(k, a),
        );
        return swapLastTwo(k, product);
      });
    },
  };
}
