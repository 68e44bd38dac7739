/** A .convas archive in memory → its files in memory, every name, size and checksum checked first. */
import { inflateSync } from 'fflate';
import { ConvasError } from '../core/errors';
import { crc32 } from './crc32';
import { assertSafeEntryName } from './entryNames';
import type { BundleLimits } from './layout';
import { zipDirectory } from './zipDirectory';

const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;

/**
 * Unzips only after every entry passed: safe names, no symlinks, no duplicates, declared sizes within
 * `limits` (inflate writes into a buffer of the declared size, so a lying header cannot grow it).
 * @example const files = unzipBundle(bytes, BUNDLE_LIMITS); files.get('project.convas.json')
 */
export function unzipBundle(bytes: Uint8Array, limits: BundleLimits): Map<string, Uint8Array> {
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new ConvasError(
      'BUNDLE_TOO_LARGE',
      `the bundle is ${mib(bytes.byteLength)}; at most ${mib(limits.maxFileBytes)} is accepted`,
    );
  }
  const entries = zipDirectory(bytes, limits.maxEntries);
  let total = 0;
  const seen = new Set<string>();
  for (const e of entries) {
    assertSafeEntryName(e.name);
    if (e.isSymlink)
      throw new ConvasError('BUNDLE_UNSAFE', `refused the bundle: entry ${JSON.stringify(e.name)} is a symbolic link`);
    if (seen.has(e.name)) throw new ConvasError('BUNDLE_CORRUPT', `the entry ${e.name} appears twice`);
    seen.add(e.name);
    total += e.size;
    if (total > limits.maxTotalBytes) {
      throw new ConvasError(
        'BUNDLE_TOO_LARGE',
        `the bundle unpacks to more than ${mib(limits.maxTotalBytes)} (at ${e.name}); refused as a possible zip bomb`,
      );
    }
  }
  const files = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.isDirectory) continue;
    const raw = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    let data: Uint8Array;
    try {
      data = e.method === 0 ? raw : inflateSync(raw, { out: new Uint8Array(e.size) });
    } catch (err) {
      throw new ConvasError('BUNDLE_CORRUPT', `${e.name} cannot be decompressed: ${(err as Error).message}`);
    }
    if (data.byteLength !== e.size || crc32(data) !== e.crc)
      throw new ConvasError('BUNDLE_CORRUPT', `${e.name} is damaged (its checksum or size does not match)`);
    files.set(e.name, data);
  }
  return files;
}
