/** model.py: a readable nn.Module generated from the graph, attributes named after the layers, plus its weight loader. */
import type { TorchMapping } from '../../core/layers/pythonTypes';
import { py } from '../../core/layers/pythonCode';
import type { GraphWalk } from '../python/graphWalk';
import { docText } from '../python/identifiers';
import type { ModelFacts } from '../python/modelFacts';
import { SAFETENSORS_IO, TORCH_HELPERS } from './pythonHelpers';

/** A class name from the project name: "LeNet-5 MNIST" → LeNet5Mnist. */
export function pythonClassName(projectName: string): string {
  const words = projectName.match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map(w => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(name) ? name : `Convas${name}`;
}

/**
 * The whole model.py text.
 * @example await writeFile(path.join(dir, 'model.py'), modelPy(walk, facts));
 */
export function modelPy(walk: GraphWalk<TorchMapping>, facts: ModelFacts): string {
  const className = pythonClassName(facts.projectName);
  const modules = walk.steps.filter(s => s.mapping.module).map(s => `        self.${s.ctx.attr} = ${s.mapping.module}`);
  const forward = walk.steps.map(s => `        ${s.ctx.attr} = ${s.mapping.forward}`);
  const body = [...modules, ...forward].join('\n');
  const helpers = Object.entries(TORCH_HELPERS)
    .filter(([name]) => body.includes(name))
    .map(([, text]) => `\n\n${text}`)
    .join('');
  const [h, w, c] = facts.inputShape;
  return `"""${docText(facts.projectName)}: exported from Convas as a PyTorch nn.Module.

The model takes float images N×C×H×W with pixels in [0, 1] (Convas reads images channels last and
divides by 255; predict.py and train.py do the same) and returns ${facts.task === 'classification' ? 'class probabilities' : 'the regression targets'}.
Attribute names are the Convas layer names; weights.safetensors holds the trained weights in PyTorch's layout.

    from model import load_model
    model = load_model()  # weights.safetensors next to this file, eval mode
"""
import json
import math
import os
import struct

import torch
import torch.nn as nn
import torch.nn.functional as F

INPUT_SHAPE = ${py([c, h, w])}  # channels, height, width
TASK = ${py(facts.task)}
CLASS_NAMES = ${JSON.stringify(facts.classNames)}
TARGET_NAMES = ${JSON.stringify(facts.targetNames)}
WEIGHTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "weights.safetensors")
${helpers}

class ${className}(nn.Module):
    def __init__(self):
        super().__init__()
${modules.join('\n') || '        pass'}

    def forward(self, x):
${forward.join('\n')}
        return ${walk.output}


Model = ${className}


${SAFETENSORS_IO}

def load_model(path=WEIGHTS, device="cpu"):
    """The model with the weights at \`path\` loaded, in eval mode."""
    model = Model()
    missing, unexpected = model.load_state_dict(load_safetensors(path), strict=False)
    missing = [k for k in missing if not k.endswith("num_batches_tracked")]
    if missing or unexpected:
        raise RuntimeError(f"{path} does not fit this model: missing {missing}, unexpected {unexpected}")
    return model.to(device).eval()
`;
}
