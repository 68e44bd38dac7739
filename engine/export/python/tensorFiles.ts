/** The two tensor file formats the Python exporters write, encoded by hand (both are tiny, documented formats). */
import { zipSync } from 'fflate';

export interface NamedTensor {
  name: string;
  shape: number[];
  values: Float32Array;
}

const littleEndianBytes = (values: Float32Array): Uint8Array => {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return out;
};

/**
 * safetensors: an 8-byte little-endian header length, a JSON header (dtype, shape, data_offsets per
 * tensor), then the raw little-endian data. See huggingface.co/docs/safetensors.
 * @example const bytes = encodeSafetensors([{ name: 'fc.weight', shape: [2, 3], values }], { format: 'pt' });
 */
export function encodeSafetensors(tensors: NamedTensor[], metadata: Record<string, string> = {}): Uint8Array {
  const header: Record<string, unknown> = { __metadata__: metadata };
  let offset = 0;
  for (const t of tensors) {
    header[t.name] = { dtype: 'F32', shape: t.shape, data_offsets: [offset, offset + t.values.length * 4] };
    offset += t.values.length * 4;
  }
  let json = JSON.stringify(header);
  // Padding the header to 8 bytes keeps the data aligned for zero-copy readers.
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
  const head = Buffer.from(json, 'utf8');
  const out = new Uint8Array(8 + head.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(head.length), true);
  out.set(head, 8);
  let at = 8 + head.length;
  for (const t of tensors) {
    out.set(littleEndianBytes(t.values), at);
    at += t.values.length * 4;
  }
  return out;
}

/**
 * One `.npy` file, format version 1.0, float32 little-endian, C order.
 * @example encodeNpy([2, 3], new Float32Array(6)) // numpy.load reads it as a (2, 3) float32 array
 */
export function encodeNpy(shape: number[], values: Float32Array): Uint8Array {
  const dims = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let dict = `{'descr': '<f4', 'fortran_order': False, 'shape': ${dims}, }`;
  // magic (6) + version (2) + length (2) + dict + '\n' is padded to a multiple of 64, as numpy writes it.
  dict += `${' '.repeat((64 - ((10 + dict.length + 1) % 64)) % 64)}\n`;
  const out = new Uint8Array(10 + dict.length + values.length * 4);
  out.set([0x93, ...Buffer.from('NUMPY'), 1, 0], 0);
  new DataView(out.buffer).setUint16(8, dict.length, true);
  out.set(Buffer.from(dict, 'latin1'), 10);
  out.set(littleEndianBytes(values), 10 + dict.length);
  return out;
}

/**
 * A `.npz` archive (what numpy.savez writes): a zip of `<name>.npy` entries, stored uncompressed.
 * @example np.load('weights.npz')['conv1/kernel'] after encodeNpz([{ name: 'conv1/kernel', shape, values }])
 */
export function encodeNpz(tensors: NamedTensor[]): Uint8Array {
  return zipSync(
    Object.fromEntries(tensors.map(t => [`${t.name}.npy`, [encodeNpy(t.shape, t.values), { level: 0 }] as const])),
  );
}
