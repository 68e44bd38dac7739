/** The augmentation helpers train.py carries (Python text): torchvision-free batch transforms on float N×C×H×W in [0, 1]. */
import type { AugmentationConfigs } from '../../core/layers/augmentation';
import { augmentFunctionName } from '../../core/layers/pythonCode';

const SHARED = String.raw`def _uniform(n, low, high, device):
    return torch.rand(n, device=device) * (high - low) + low


def _affine(x, rows):
    """Resamples each image through its 2×3 matrix (normalised coordinates), filling gaps by reflection as Keras does."""
    theta = torch.stack([torch.stack(row, 1) for row in rows], 1)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection", align_corners=False)
`;

/**
 * Each augmentation kind's helper: its params after `x` and its body. The name is the kind's
 * (augmentFunctionName), as the spec's toTorch calls it; a kind without a helper fails to compile here.
 */
const HELPERS: Record<keyof AugmentationConfigs, { params: string; body: string }> = {
  randomFlip: {
    params: 'mode',
    body: String.raw`    for dim, axis in ((3, "horizontal"), (2, "vertical")):
        if axis in mode:
            flip = torch.rand(len(x), device=x.device) < 0.5
            x = torch.where(flip[:, None, None, None], x.flip(dim), x)
    return x
`,
  },
  randomRotation: {
    params: 'factor',
    body: String.raw`    angle = _uniform(len(x), -factor, factor, x.device) * 2 * math.pi
    cos, sin, zero = torch.cos(angle), torch.sin(angle), torch.zeros_like(angle)
    return _affine(x, [[cos, -sin, zero], [sin, cos, zero]])
`,
  },
  randomZoom: {
    params: 'height_factor, width_factor',
    body: String.raw`    # As Keras: a positive draw zooms out, a negative one zooms in.
    sy = 1 + _uniform(len(x), -height_factor, height_factor, x.device)
    sx = 1 + _uniform(len(x), -width_factor, width_factor, x.device)
    zero = torch.zeros_like(sx)
    return _affine(x, [[sx, zero, zero], [zero, sy, zero]])
`,
  },
  randomTranslation: {
    params: 'height_factor, width_factor',
    body: String.raw`    # Normalised coordinates span 2, so a shift of a fraction f of the size is 2f.
    ty = 2 * _uniform(len(x), -height_factor, height_factor, x.device)
    tx = 2 * _uniform(len(x), -width_factor, width_factor, x.device)
    one, zero = torch.ones_like(tx), torch.zeros_like(tx)
    return _affine(x, [[one, zero, tx], [zero, one, ty]])
`,
  },
  randomContrast: {
    params: 'factor',
    body: String.raw`    scale = _uniform(len(x), 1 - factor, 1 + factor, x.device)[:, None, None, None]
    mean = x.mean(dim=(2, 3), keepdim=True)
    return ((x - mean) * scale + mean).clamp(0, 1)
`,
  },
  randomBrightness: {
    params: 'factor',
    body: String.raw`    return (x + _uniform(len(x), -factor, factor, x.device)[:, None, None, None]).clamp(0, 1)
`,
  },
  gaussianNoise: {
    params: 'stddev',
    body: String.raw`    return x + torch.randn_like(x) * stddev
`,
  },
  randomCrop: {
    params: 'height, width',
    body: String.raw`    """The model crops the centre window; shifting each image first makes that window a random one."""
    _, _, h, w = x.shape
    top, left = (h - height) // 2, (w - width) // 2
    out = torch.empty_like(x)
    for i in range(len(x)):
        dy = top - int(torch.randint(0, h - height + 1, ()))
        dx = left - int(torch.randint(0, w - width + 1, ()))
        out[i] = torch.roll(x[i], shifts=(dy, dx), dims=(1, 2))
    return out
`,
  },
};

export const TRAIN_AUGMENT_PY = [
  SHARED,
  ...Object.entries(HELPERS).map(
    ([kind, { params, body }]) =>
      `def ${augmentFunctionName(kind as keyof AugmentationConfigs)}(x, ${params}):\n${body}`,
  ),
].join('\n\n');

/** train.py's `augment(x)`: the graph's augmentation layers in order (they sit right after the Input). */
export function augmentFunction(augments: string[]): string {
  const body = augments.map(a => `    x = ${a}\n`).join('');
  return `def augment(x):\n    """The project's augmentation layers, applied to each training batch."""\n${body}    return x\n`;
}
