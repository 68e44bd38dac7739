/**
 * What a layer's `toTorch` and `toKeras` receive and return: Python source text, so layer files stay
 * free of the exporters (engine/export/pytorch and engine/export/keras assemble the files).
 *
 * PyTorch layout: image tensors are NCHW inside the generated nn.Module (its input too), flat tensors
 * [batch, features]. Flatten permutes back to channels last first, so Dense weights keep tfjs' row order.
 * Keras is channels last like tfjs, so its weights are tfjs' own.
 */
import type { Shape } from './shapeUtils';
import type { LayerContext } from './types';

export interface PythonContext extends LayerContext {
  /** The tfjs layer name of the node: the Keras layer name, and the weights' key. */
  name: string;
  /** A Python identifier for the node (its name unless that is a keyword or clashes): the nn.Module attribute. */
  attr: string;
  /** Python expressions of the node's inputs, in edge order. */
  inputs: string[];
  /** Shapes of the node's inputs, batch axis dropped, channels last. */
  inputShapes: Shape[];
}

/** How a tfjs weight is reordered for PyTorch. */
export type TorchWeightLayout =
  /** As tfjs stores it (biases, batch-norm vectors). */
  | 'asIs'
  /** [kh, kw, in, out] → Conv2d's [out, in, kh, kw]. */
  | 'convKernel'
  /** [kh, kw, in, multiplier] → a grouped Conv2d's [in × multiplier, 1, kh, kw]. */
  | 'depthwiseKernel'
  /** [in, out] → Linear's [out, in]. */
  | 'denseKernel';

export interface TorchWeight {
  /** Short tfjs weight name: 'kernel', 'bias', 'gamma', 'moving_mean', 'depthwise_kernel', … */
  tfjs: string;
  /** Path under the node's attribute in the state dict: 'weight', 'pointwise.bias', 'running_var', … */
  torch: string;
  layout: TorchWeightLayout;
}

export interface TorchMapping {
  /** Constructor text for `self.<attr> = …` (e.g. `nn.Conv2d(3, 32, kernel_size=(3, 3))`), or null when forward needs no module. */
  module: string | null;
  /** The node's output as a Python expression of its inputs (and `self.<attr>`). */
  forward: string;
  weights?: TorchWeight[];
  /**
   * Augmentation kinds: what train.py does to the batch while training, a Python expression of `x`
   * (float N×C×H×W in [0, 1]) calling one of train.py's helpers, e.g. `random_flip(x, "horizontal")`.
   */
  augment?: string;
}

/**
 * A node in the Keras functional API: the layer constructors applied in order (the first receives the
 * inputs, a list for merges); none for a node that is the identity at inference. The Input node's one
 * entry is `keras.Input(…)`, used as is.
 */
export interface KerasMapping {
  layers: string[];
}
