/** model.py for Keras: the graph in the functional API with the same layer names, and the lines that load weights.npz. */
import { layerSpec } from '../../core/layers';
import { py } from '../../core/layers/pythonCode';
import type { KerasMapping } from '../../core/layers/pythonTypes';
import type { GraphWalk } from '../python/graphWalk';
import { docText, kerasModelName } from '../python/identifiers';
import type { ModelFacts } from '../python/modelFacts';

/** Each weighted layer's weight names, in the order Keras' set_weights takes them. */
export type KerasWeightNames = Map<string, string[]>;

/** `v = Layer(...)(inputs)` lines: a node's first layer takes its inputs (a list for merges), later ones its output. */
function buildLines(walk: GraphWalk<KerasMapping>): string[] {
  return walk.steps.flatMap(({ node, ctx, mapping }) => {
    if (node.kind === 'input') return [`    ${ctx.attr} = ${mapping.layers[0]}`];
    const first =
      // Merge layers take a list, even of one input.
      ctx.inputs.length > 1 || layerSpec(node.kind).arity.max > 1 ? `[${ctx.inputs.join(', ')}]` : ctx.inputs[0];
    return mapping.layers.map((layer, i) => `    ${ctx.attr} = ${layer}(${i === 0 ? first : ctx.attr})`);
  });
}

/**
 * The whole model.py text.
 * @example await writeFile(path.join(dir, 'model.py'), kerasModelPy(walk, facts, weightNames));
 */
export function kerasModelPy(walk: GraphWalk<KerasMapping>, facts: ModelFacts, weightNames: KerasWeightNames): string {
  const weights = [...weightNames]
    .map(([layer, names]) => `    ${py(layer)}: [${names.map(n => py(n)).join(', ')}],`)
    .join('\n');
  return `"""${docText(facts.projectName)}: exported from Convas as a Keras 3 functional model.

Images are channels last (N×H×W×C) with pixels in [0, 1], as in Convas; the layer names are Convas'.
The model returns ${facts.task === 'classification' ? 'class probabilities' : 'the regression targets'}. weights.npz holds each layer's
weights as "<layer>/<weight>" arrays in Keras' own layout.

    from model import build_model, load_weights
    model = load_weights(build_model())
    probabilities = model.predict(images)  # images: float32 N×${facts.inputShape.join('×')}
"""
import os

import keras
import numpy as np
from keras import layers

INPUT_SHAPE = ${py(facts.inputShape)}  # height, width, channels
TASK = ${py(facts.task)}
CLASS_NAMES = ${JSON.stringify(facts.classNames)}
TARGET_NAMES = ${JSON.stringify(facts.targetNames)}
WEIGHTS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "weights.npz")
# Weight names per layer, in set_weights order.
WEIGHTS = {
${weights}
}


def build_model():
${buildLines(walk).join('\n')}
    return keras.Model(inputs=${walk.input}, outputs=${walk.output}, name=${py(kerasModelName(facts.projectName))})


def load_weights(model, path=WEIGHTS_FILE):
    """Sets the trained weights saved in weights.npz; returns the model."""
    data = np.load(path)
    for layer in model.layers:
        if layer.name in WEIGHTS:
            layer.set_weights([data[f"{layer.name}/{name}"] for name in WEIGHTS[layer.name]])
    return model


if __name__ == "__main__":
    load_weights(build_model()).summary()
`;
}
