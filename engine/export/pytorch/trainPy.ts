/** train.py: the project's training (dataset, optimizer, hyperparameters) in plain PyTorch, on one device or under torchrun. */
import type { TrainingConfig } from '../../core/project/schema';
import { augmentFunction, TRAIN_AUGMENT_PY } from './trainAugmentPy';
import { TRAIN_DATA_PY } from './trainDataPy';
import { TRAIN_LOOP_PY } from './trainLoopPy';

export interface TrainScriptInput {
  training: TrainingConfig;
  /** The dataset as train.py reads it (paths relative to `dataRoot` unless absolute). */
  dataset: Record<string, unknown>;
  /** A Python expression: the folder relative dataset paths start from. */
  dataRoot: string;
  /** The augmentation layers' batch transforms, in graph order (TorchMapping.augment). */
  augments: string[];
}

/**
 * The whole train.py text.
 * @example await writeFile(path.join(dir, 'train.py'), trainPy({ training: project.training, dataset, dataRoot: 'HERE', augments: [] }));
 */
export function trainPy({ training: t, dataset, dataRoot, augments }: TrainScriptInput): string {
  return `"""Trains model.py on the Convas project's dataset with its hyperparameters, starting from the exported weights.

    python3 train.py                                  # one CPU or GPU
    torchrun --nproc_per_node 4 train.py              # DistributedDataParallel: gloo on CPU, nccl on GPUs
    python3 train.py --epochs 1 --limit 500           # a quick try

Writes trained.safetensors (float32, PyTorch's layout); predict.py --weights trained.safetensors uses it.
"""
import argparse
import csv
import gzip
import math
import os
import struct
import sys

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, Subset, TensorDataset

from model import CLASS_NAMES, INPUT_SHAPE, TASK, WEIGHTS, Model, load_safetensors, save_safetensors

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = ${JSON.stringify(dataset)}
DATA_ROOT = ${dataRoot}
EPOCHS = ${t.epochs}
BATCH_SIZE = ${t.batchSize}
OPTIMIZER = ${JSON.stringify(t.optimizer)}
LEARNING_RATE = ${t.learningRate}
MOMENTUM = ${t.momentum}
VALIDATION_SPLIT = ${t.validationSplit}
SEED = ${t.seed}

${TRAIN_DATA_PY}

${TRAIN_AUGMENT_PY}

${augmentFunction(augments)}

${TRAIN_LOOP_PY}`;
}
