/**
 * Reads a zip's central directory without inflating anything, so names, declared sizes and file
 * types are checked before a single byte is decompressed (or written). Zip64, multi-disk and
 * encrypted archives are refused: Convas never writes them.
 */
import { ConvasError } from '../core/errors';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts in the archive. */
  dataOffset: number;
  isSymlink: boolean;
  isDirectory: boolean;
}

const EOCD = 0x06054b50,
  CENTRAL = 0x02014b50,
  LOCAL = 0x04034b50;
const S_IFMT = 0o170000,
  S_IFLNK = 0o120000,
  S_IFDIR = 0o040000;
const UNIX = 3;

const corrupt = (what: string) => new ConvasError('BUNDLE_CORRUPT', `not a readable zip archive: ${what}`);

function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw corrupt('no end-of-archive record (the file is truncated or is not a zip)');
}

/**
 * Lists the entries of a zip archive held in memory.
 * @example const entries = zipDirectory(await readFile('class.convas'), 2000);
 */
export function zipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw corrupt(`${bytes.byteLength} bytes is too short`);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count)
    throw corrupt('multi-part archives are not supported');
  if (count === 0xffff || at === 0xffffffff) throw corrupt('zip64 archives are not supported');
  if (count > maxEntries)
    throw new ConvasError('BUNDLE_TOO_LARGE', `the bundle holds ${count} entries; at most ${maxEntries} are accepted`);
  if (at + dirSize > end) throw corrupt('the central directory lies outside the file');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
      throw corrupt(`entry ${i + 1} of ${count} has no directory record`);
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const mode = view.getUint32(at + 38, true) >>> 16;
    const local = view.getUint32(at + 42, true);
    if (at + 46 + skip > end) throw corrupt(`entry ${i + 1} of ${count} runs past the directory`);
    let name: string;
    try {
      name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw corrupt(`entry ${i + 1} has a name that is not UTF-8`);
    }
    if (flags & 1) throw corrupt(`${name} is encrypted`);
    if (method !== 0 && method !== 8)
      throw corrupt(`${name} uses compression method ${method} (only stored and deflate are read)`);
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL)
      throw corrupt(`${name} has no local header`);
    const dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    if (dataOffset + compressedSize > bytes.byteLength)
      throw corrupt(`${name}: its data runs past the end of the file`);
    const unix = madeBy === UNIX;
    entries.push({
      name,
      method,
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size: view.getUint32(at + 24, true),
      dataOffset,
      isSymlink: unix && (mode & S_IFMT) === S_IFLNK,
      isDirectory: name.endsWith('/') || (unix && (mode & S_IFMT) === S_IFDIR),
    });
    at += 46 + skip;
  }
  return entries;
}
