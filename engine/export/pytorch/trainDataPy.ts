/** The dataset readers train.py carries (Python text): IDX files, class folders and CSV files, as Convas reads them. */
export const TRAIN_DATA_PY = String.raw`IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".gif", ".tif", ".tiff", ".bmp", ".dib"}


def resolve(path):
    return path if os.path.isabs(path) else os.path.join(DATA_ROOT, path)


def read_idx(path):
    """An IDX file (MNIST's format, .gz or not) as a uint8 tensor."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return torch.frombuffer(bytearray(data[4 + 4 * dims:]), dtype=torch.uint8).reshape(shape)


def load_idx(data):
    images, labels = DATASET["trainImages"], DATASET["trainLabels"]
    if data:
        images, labels = (os.path.join(data, os.path.basename(p)) for p in (images, labels))
    else:
        images, labels = resolve(images), resolve(labels)
    return read_idx(images).unsqueeze(-1), read_idx(labels).long()


def fit(img, width, height):
    """Fits an image to the Input's size as the project's resize mode says."""
    from PIL import Image
    mode = DATASET.get("resize", "stretch")
    if mode == "stretch":
        return img.resize((width, height), Image.BILINEAR)
    scale = (max if mode == "centerCrop" else min)(width / img.width, height / img.height)
    w, h = max(1, round(img.width * scale)), max(1, round(img.height * scale))
    img = img.resize((w, h), Image.BILINEAR)
    if mode == "centerCrop":
        left, top = (w - width) // 2, (h - height) // 2
        return img.crop((left, top, left + width, top + height))
    canvas = Image.new(img.mode, (width, height))
    canvas.paste(img, ((width - w) // 2, (height - h) // 2))
    return canvas


def load_image(path):
    """One image as uint8 H×W×C at the Input's size."""
    try:
        from PIL import Image
    except ImportError:
        sys.exit("Folder and CSV datasets need Pillow to read images: pip install pillow")
    c, h, w = INPUT_SHAPE
    img = fit(Image.open(path).convert("L" if c == 1 else "RGB"), w, h)
    return torch.frombuffer(bytearray(img.tobytes()), dtype=torch.uint8).reshape(h, w, c)


def load_folder(data):
    root = data or resolve(DATASET["path"])
    if os.path.isdir(os.path.join(root, "train")):
        root = os.path.join(root, "train")
    images, labels = [], []
    # CLASS_NAMES, not the folders found, so label i is the model's output i.
    for index, name in enumerate(CLASS_NAMES):
        folder = os.path.join(root, name)
        if not os.path.isdir(folder):
            continue
        for file in sorted(os.listdir(folder)):
            if not file.startswith(".") and os.path.splitext(file)[1].lower() in IMAGE_EXTENSIONS:
                images.append(load_image(os.path.join(folder, file)))
                labels.append(index)
    if not images:
        sys.exit(f"No images found in {root}: it needs one subfolder per class ({', '.join(CLASS_NAMES)})")
    return torch.stack(images), torch.tensor(labels)


def load_csv(data):
    path = data or resolve(DATASET["path"])
    columns = DATASET["labelColumn"] if isinstance(DATASET["labelColumn"], list) else [DATASET["labelColumn"]]
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    images, labels = [], []
    for row in rows:
        images.append(load_image(os.path.join(os.path.dirname(path), row[DATASET["imageColumn"]])))
        labels.append([float(row[c]) for c in columns] if TASK == "regression" else CLASS_NAMES.index(row[columns[0]]))
    return torch.stack(images), torch.tensor(labels, dtype=torch.float32 if TASK == "regression" else torch.long)


LOADERS = {"idx": load_idx, "folder": load_folder, "csv": load_csv}
`;
