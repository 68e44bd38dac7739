/**
 * The shared memory between the training thread and its replica: a control word block driven by
 * Atomics.wait/notify (no message per step) and float32 areas for inputs, targets, weights and results.
 */

/** Indices into the Int32 control block. */
export const CONTROL = {
  /** Incremented by the training thread for each command. */
  request: 0,
  /** Set by the replica to the request number it has finished. */
  done: 1,
  command: 2,
  /** Images in the replica's part of the batch. */
  count: 3,
  /** 1 when the targets tensor is int32 (tf.oneHot's default), else float32. */
  intTargets: 4,
  /** STATUS.failed after a command threw; the message follows on the error port. */
  status: 5,
} as const;
const CONTROL_WORDS = 6;

export const COMMAND = {
  /** Load weights, compute gradients on the part, write them, frozen weights, loss, correct and mae. */
  step: 1,
  /** Load weights and write them back into `results` (tests check replicas stay equal). */
  snapshot: 2,
  stop: 3,
} as const;

export const STATUS = { ok: 0, failed: 1 } as const;

export interface ChannelSizes {
  /** Largest part of a batch the replica takes. */
  capacity: number;
  /** Values per input image and per target. */
  inputSize: number;
  targetSize: number;
  trainableValues: number;
  frozenValues: number;
}

export interface ReplicaBuffers {
  sizes: ChannelSizes;
  control: SharedArrayBuffer;
  inputs: SharedArrayBuffer;
  targets: SharedArrayBuffer;
  /** All weights, trainable then frozen, as the training thread last set them. */
  weights: SharedArrayBuffer;
  /** Replica → trainer: gradients, its frozen weights after the forward pass, loss, correct, mae. */
  results: SharedArrayBuffer;
}

export interface ReplicaViews {
  control: Int32Array;
  inputs: Float32Array;
  targets: Float32Array;
  weights: Float32Array;
  results: Float32Array;
}

const floats = (count: number) => new SharedArrayBuffer(Math.max(1, count) * Float32Array.BYTES_PER_ELEMENT);

/** @example const buffers = allocateBuffers({ capacity: 32, inputSize: 784, targetSize: 10, trainableValues: 61706, frozenValues: 0 }); */
export function allocateBuffers(sizes: ChannelSizes): ReplicaBuffers {
  const weightValues = sizes.trainableValues + sizes.frozenValues;
  return {
    sizes,
    control: new SharedArrayBuffer(CONTROL_WORDS * Int32Array.BYTES_PER_ELEMENT),
    inputs: floats(sizes.capacity * sizes.inputSize),
    targets: floats(sizes.capacity * sizes.targetSize),
    weights: floats(weightValues),
    // Gradients + frozen weights + [loss, correct, mae]; a snapshot needs all weights, which is the same size minus 3.
    results: floats(weightValues + 3),
  };
}

/** @example const { control, weights } = viewsOf(buffers); */
export function viewsOf(buffers: ReplicaBuffers): ReplicaViews {
  return {
    control: new Int32Array(buffers.control),
    inputs: new Float32Array(buffers.inputs),
    targets: new Float32Array(buffers.targets),
    weights: new Float32Array(buffers.weights),
    results: new Float32Array(buffers.results),
  };
}
