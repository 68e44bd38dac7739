"""Runs many exported model.py folders in one process (python3 starts slowly): each folder's x.npy → y.npy.
    python3 run_exports.py DIR...
"""
import importlib.util
import sys

import numpy as np
import torch

for folder in sys.argv[1:]:
    spec = importlib.util.spec_from_file_location(f"model_{abs(hash(folder))}", f"{folder}/model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    model = module.load_model(f"{folder}/weights.safetensors")
    x = torch.from_numpy(np.load(f"{folder}/x.npy")).permute(0, 3, 1, 2).contiguous()
    with torch.no_grad():
        np.save(f"{folder}/y.npy", model(x).numpy())
