/** predict.py: the exported model's prediction for image files or a .npy array, from the command line. */
export const PREDICT_PY = String.raw`"""Prints the model's prediction for images or .npy arrays.

    python3 predict.py digit.png                     # image files: resized to the Input's size
    python3 predict.py batch.npy --out preds.npy     # float N×H×W×C (channels last, pixels in [0, 1])
    python3 predict.py digit.png --weights trained.safetensors --json
"""
import argparse
import json
import sys

import numpy as np
import torch

from model import CLASS_NAMES, INPUT_SHAPE, TARGET_NAMES, TASK, WEIGHTS, load_model


def load_image(path):
    try:
        from PIL import Image
    except ImportError:
        sys.exit("Reading image files needs Pillow (pip install pillow); or pass a .npy array")
    c, h, w = INPUT_SHAPE
    img = Image.open(path).convert("L" if c == 1 else "RGB").resize((w, h), Image.BILINEAR)
    return (np.asarray(img, dtype=np.float32) / 255.0).reshape(1, h, w, c)


def load_inputs(paths):
    arrays = []
    for path in paths:
        if path.endswith(".npy"):
            a = np.load(path).astype(np.float32)
            arrays.append(a[None] if a.ndim == 3 else a)
        else:
            arrays.append(load_image(path))
    # Channels last (Convas, numpy images) → PyTorch's N×C×H×W.
    return torch.from_numpy(np.concatenate(arrays)).permute(0, 3, 1, 2).contiguous()


def describe(row):
    if TASK == "regression":
        return {name: float(v) for name, v in zip(TARGET_NAMES, row)}
    ranked = sorted(zip(CLASS_NAMES, row), key=lambda pair: -pair[1])
    return {name: float(p) for name, p in ranked}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="image files or .npy arrays")
    parser.add_argument("--weights", default=WEIGHTS)
    parser.add_argument("--out", help="also save the raw predictions as .npy")
    parser.add_argument("--json", action="store_true", help="print one JSON list")
    args = parser.parse_args()
    model = load_model(args.weights)
    with torch.no_grad():
        predictions = model(load_inputs(args.inputs)).numpy()
    if args.out:
        np.save(args.out, predictions)
    results = [describe(row) for row in predictions]
    if args.json:
        print(json.dumps(results))
        return
    for i, result in enumerate(results):
        top = list(result.items())[:5]
        print(f"#{i + 1}: " + ", ".join(f"{name} {value:.4f}" for name, value in top))


if __name__ == "__main__":
    main()
`;
