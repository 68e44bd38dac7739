/** Convas' activations as ONNX ops (opset 13), matching tfjs-layers' definitions. */
import { LEAKY_RELU_ALPHA } from '../../core/layers/common';
import type { OnnxAttribute } from '../../core/layers/onnxTypes';
import type { ActivationName } from '../../core/layers/params';

/** What an activation needs from the node builder. */
export interface ActivationOps {
  op(type: string, inputs: string[], attributes?: Record<string, OnnxAttribute>): string;
  /** A float32 scalar constant. */
  scalar(name: string, value: number): string;
}

/**
 * Emits `act` applied to `x`; `axis` is the softmax axis (1 = channels of an NCHW image).
 * @example applyActivation(ops, 'conv1/Conv', 'relu6', 1) // 'conv1/Clip'
 */
export function applyActivation(ops: ActivationOps, x: string, act: ActivationName, axis: number): string {
  switch (act) {
    case 'linear':
      return x;
    case 'relu':
      return ops.op('Relu', [x]);
    case 'relu6':
      return ops.op('Clip', [x, ops.scalar('relu6_min', 0), ops.scalar('relu6_max', 6)]);
    case 'elu':
      return ops.op('Elu', [x], { alpha: { float: 1 } });
    case 'selu':
      return ops.op('Selu', [x]);
    case 'leakyRelu':
      return ops.op('LeakyRelu', [x], { alpha: { float: LEAKY_RELU_ALPHA } });
    case 'sigmoid':
      return ops.op('Sigmoid', [x]);
    case 'tanh':
      return ops.op('Tanh', [x]);
    case 'softmax':
      return ops.op('Softmax', [x], { axis });
    case 'softplus':
      return ops.op('Softplus', [x]);
    case 'swish':
      return ops.op('Mul', [x, ops.op('Sigmoid', [x])]);
    case 'gelu': {
      // tfjs' exact GELU, x·Φ(x) = x · ½(1 + erf(x/√2)); ONNX's Gelu op needs opset 20.
      const erf = ops.op('Erf', [ops.op('Div', [x, ops.scalar('sqrt2', Math.SQRT2)])]);
      const phi = ops.op('Mul', [ops.op('Add', [erf, ops.scalar('one', 1)]), ops.scalar('half', 0.5)]);
      return ops.op('Mul', [x, phi]);
    }
  }
}
