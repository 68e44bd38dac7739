#!/usr/bin/python3
"""The peer's image-folder pipeline: torchvision ImageFolder + DataLoader (PIL decode, resize,
ToTensor) with N worker processes, as a PyTorch user would load a folder of class subfolders.

Prints one JSON line: {"pipeline_img_s", "train_folder_img_s", "train_memory_img_s", ...}.
pipeline = one pass over the folder without training; train_* = the CIFAR-style net of
torch_reference.py (imported from --reference) trained with batches from the folder or from
tensors already in memory. Needs Debian's python3-torch and python3-torchvision (/usr/bin/python3).

usage: torch_folder_reference.py --folder DIR --reference torch_reference.py [--size 32] [--batch 64] [--workers 2] [--steps 30] [--pipeline-only]
"""
import argparse, importlib.util, json, time
import torch
import torch.nn as nn
from torch.utils.data import DataLoader
from torchvision import datasets, transforms


def load_reference(path):
    spec = importlib.util.spec_from_file_location("torch_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def batches(loader, count):
    """`count` batches, restarting the loader (a new epoch) when it runs out."""
    while True:
        for batch in loader:
            yield batch
            count -= 1
            if count == 0:
                return


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--folder", required=True)
    p.add_argument("--reference", required=True)
    p.add_argument("--size", type=int, default=32)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--steps", type=int, default=30)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--pipeline-only", action="store_true")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    folder = datasets.ImageFolder(a.folder, transform=transforms.Compose([
        transforms.Resize((a.size, a.size)), transforms.ToTensor()]))
    loader = DataLoader(folder, batch_size=a.batch, shuffle=True, num_workers=a.workers, persistent_workers=a.workers > 0)

    start, seen = time.perf_counter(), 0
    for x, _ in loader:
        seen += x.shape[0]
    pipeline = seen / (time.perf_counter() - start)
    if a.pipeline_only:
        print(json.dumps({"images": len(folder), "workers": a.workers, "pipeline_img_s": round(pipeline, 1), "torch": torch.__version__}))
        return

    model, loss = load_reference(a.reference).cifar(), nn.CrossEntropyLoss()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()

    def train(source):
        t, n = time.perf_counter(), 0
        for x, y in source:
            opt.zero_grad(set_to_none=True)
            loss(model(x), y).backward()
            opt.step()
            n += x.shape[0]
        return n / (time.perf_counter() - t)

    train(batches(loader, 3))  # warm-up
    from_folder = train(batches(loader, a.steps))
    held = list(batches(loader, a.steps))
    from_memory = train(held)
    print(json.dumps({"images": len(folder), "workers": a.workers, "batch": a.batch, "pipeline_img_s": round(pipeline, 1),
                      "train_folder_img_s": round(from_folder, 1), "train_memory_img_s": round(from_memory, 1),
                      "torch": torch.__version__}))


if __name__ == "__main__":
    main()
