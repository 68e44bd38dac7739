/** The IDX format (as MNIST ships it): a big-endian header, then raw unsigned bytes. */
import { ConvasError } from '../core/errors';

export const IDX_IMAGES_MAGIC = 0x00000803;
export const IDX_LABELS_MAGIC = 0x00000801;
export const IDX_IMAGES_HEADER_BYTES = 16;
export const IDX_LABELS_HEADER_BYTES = 8;

export interface IdxImagesHeader {
  count: number;
  rows: number;
  cols: number;
}

const hex = (n: number) => `0x${n.toString(16).padStart(8, '0')}`;

function readUint32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, false);
}

function checkMagic(bytes: Uint8Array, file: string, expected: number, what: string, headerBytes: number): void {
  if (bytes.length < headerBytes) {
    throw new ConvasError(
      'DATASET_FORMAT',
      `${file} is too short for an IDX ${what} header: expected ${headerBytes} bytes, found ${bytes.length}`,
    );
  }
  const found = readUint32(bytes, 0);
  if (found !== expected) {
    const swapped =
      found === IDX_IMAGES_MAGIC
        ? ' (that is an images file)'
        : found === IDX_LABELS_MAGIC
          ? ' (that is a labels file)'
          : '';
    throw new ConvasError(
      'DATASET_FORMAT',
      `${file} is not an IDX ${what} file: magic number ${hex(found)}${swapped}, expected ${hex(expected)}`,
    );
  }
}

function checkLength(bytes: Uint8Array, file: string, expected: number, what: string): void {
  if (bytes.length !== expected) {
    const problem = bytes.length < expected ? 'is truncated' : 'has trailing data';
    throw new ConvasError(
      'DATASET_FORMAT',
      `${file} ${problem}: its header promises ${what}, that is ${expected} bytes, but the file has ${bytes.length}`,
    );
  }
}

/**
 * Reads the 16-byte header of an IDX images file (magic 0x00000803: count, rows, cols).
 * @example
 * parseIdxImagesHeader(bytes, 'train-images-idx3-ubyte'); // { count: 60000, rows: 28, cols: 28 }
 */
export function parseIdxImagesHeader(bytes: Uint8Array, file: string): IdxImagesHeader {
  checkMagic(bytes, file, IDX_IMAGES_MAGIC, 'images', IDX_IMAGES_HEADER_BYTES);
  const header = { count: readUint32(bytes, 4), rows: readUint32(bytes, 8), cols: readUint32(bytes, 12) };
  if (header.rows === 0 || header.cols === 0) {
    throw new ConvasError(
      'DATASET_FORMAT',
      `${file} declares ${header.rows}×${header.cols} images; both sides must be at least 1`,
    );
  }
  return header;
}

/**
 * Parses a whole IDX images file; `pixels` is a view into `bytes` (no copy).
 * @example
 * const { count, rows, cols, pixels } = parseIdxImages(bytes, file);
 */
export function parseIdxImages(bytes: Uint8Array, file: string): IdxImagesHeader & { pixels: Uint8Array } {
  const header = parseIdxImagesHeader(bytes, file);
  const { count, rows, cols } = header;
  checkLength(bytes, file, IDX_IMAGES_HEADER_BYTES + count * rows * cols, `${count} images of ${rows}×${cols}`);
  return { ...header, pixels: bytes.subarray(IDX_IMAGES_HEADER_BYTES) };
}

/**
 * Parses a whole IDX labels file (magic 0x00000801); the result is a view into `bytes`.
 * @example
 * const labels = parseIdxLabels(bytes, 'train-labels-idx1-ubyte'); // Uint8Array(60000)
 */
export function parseIdxLabels(bytes: Uint8Array, file: string): Uint8Array {
  checkMagic(bytes, file, IDX_LABELS_MAGIC, 'labels', IDX_LABELS_HEADER_BYTES);
  const count = readUint32(bytes, 4);
  checkLength(bytes, file, IDX_LABELS_HEADER_BYTES + count, `${count} labels`);
  return bytes.subarray(IDX_LABELS_HEADER_BYTES);
}
