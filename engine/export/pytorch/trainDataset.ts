/** The dataset as train.py reads it; the builtin MNIST digits are copied into the export as IDX files. */
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'fflate';
import { readMnistDigits } from '../../data/mnistDigits';
import type { DatasetSpec } from '../../core/project/schema';

const IDX_IMAGES = 'data/mnist-images-idx3-ubyte.gz';
const IDX_LABELS = 'data/mnist-labels-idx1-ubyte.gz';

function idx(magic: number, dims: number[], bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + 4 * dims.length + bytes.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, magic, false);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  out.set(bytes, 4 + 4 * dims.length);
  return gzipSync(out);
}

/**
 * What train.py's DATASET and DATA_ROOT say, writing the builtin digits into `dir` when the project uses them.
 * @example const { dataset, dataRoot } = await trainDataset(project.dataset, baseDir, tempDir);
 */
export async function trainDataset(
  spec: DatasetSpec,
  baseDir: string | undefined,
  dir: string,
): Promise<{ dataset: Record<string, unknown>; dataRoot: string }> {
  if (spec.kind === 'builtin') {
    const digits = await readMnistDigits();
    await mkdir(path.join(dir, 'data'), { recursive: true });
    await writeFile(path.join(dir, IDX_IMAGES), idx(0x803, [digits.count, 28, 28], digits.pixels));
    await writeFile(path.join(dir, IDX_LABELS), idx(0x801, [digits.count], digits.labels));
    return { dataset: { kind: 'idx', trainImages: IDX_IMAGES, trainLabels: IDX_LABELS }, dataRoot: 'HERE' };
  }
  const { kind, ...rest } = spec;
  // Only strings and string lists: the dict is written as JSON, which is also a Python literal then.
  const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'string' || Array.isArray(v)));
  return { dataset: { kind, ...fields }, dataRoot: baseDir ? JSON.stringify(baseDir) : 'os.getcwd()' };
}
