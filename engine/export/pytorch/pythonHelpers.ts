/** Python text model.py carries: helpers some layers' code calls, and the safetensors reader/writer. */

/** Emitted only when a layer's code names it. */
export const TORCH_HELPERS: Record<string, string> = {
  SeparableConv2d: `class SeparableConv2d(nn.Module):
    """Keras' SeparableConv2D: a per-channel (grouped) conv, then a 1×1 conv that mixes channels."""

    def __init__(self, in_channels, filters, kernel_size, stride, padding, depth_multiplier, bias):
        super().__init__()
        mid = in_channels * depth_multiplier
        self.depthwise = nn.Conv2d(in_channels, mid, kernel_size, stride=stride, padding=padding, groups=in_channels, bias=False)
        self.pointwise = nn.Conv2d(mid, filters, kernel_size=1, bias=bias)

    def forward(self, x):
        return self.pointwise(self.depthwise(x))
`,
  avg_pool_same: `def avg_pool_same(x, kernel_size, stride, pads):
    """TensorFlow's 'same' average pooling: uneven zero padding, averaging over the cells inside the image only."""
    total = F.avg_pool2d(F.pad(x, pads), kernel_size, stride)
    inside = F.avg_pool2d(F.pad(torch.ones_like(x[:, :1]), pads), kernel_size, stride)
    return total / inside
`,
};

export const SAFETENSORS_IO = `def load_safetensors(path):
    """Reads a .safetensors file (float32 tensors) with the standard library and torch only."""
    with open(path, "rb") as f:
        data = f.read()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + size])
    header.pop("__metadata__", None)
    tensors = {}
    for name, info in header.items():
        if info["dtype"] != "F32":
            raise ValueError(f"{path}: {name} is {info['dtype']}; this reader handles F32 only")
        begin, end = info["data_offsets"]
        chunk = bytearray(data[8 + size + begin:8 + size + end])
        tensors[name] = torch.frombuffer(chunk, dtype=torch.float32).reshape(info["shape"]).clone()
    return tensors


def save_safetensors(tensors, path):
    """Writes float32 tensors as .safetensors (readable by the safetensors package too)."""
    header, chunks, offset = {}, [], 0
    for name, t in tensors.items():
        raw = t.detach().to("cpu", torch.float32).contiguous().numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(chunks))
`;
