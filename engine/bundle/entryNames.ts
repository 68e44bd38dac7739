/** Zip entry names that could land outside the folder a bundle is opened into. */
import { ConvasError } from '../core/errors';

/** Why `name` is unsafe to extract, or null when it is a plain relative path. */
export function unsafeReason(name: string): string | null {
  if (!name) return 'an empty name';
  if (name.includes('\\')) return 'a backslash';
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter';
  if (name.startsWith('/')) return 'an absolute path';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: entry names with control characters are refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'a control character';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some(s => s === '..')) return 'a ".." segment';
  if (segments.some(s => s === '.' || s === '')) return 'an empty or "." segment';
  return null;
}

/**
 * Refuses names with absolute paths, `..`, backslashes, drive letters or control characters.
 * @example assertSafeEntryName('../etc/passwd') // throws BUNDLE_UNSAFE
 */
export function assertSafeEntryName(name: string): void {
  const reason = unsafeReason(name);
  if (reason)
    throw new ConvasError(
      'BUNDLE_UNSAFE',
      `refused the bundle: entry ${JSON.stringify(name.slice(0, 200))} has ${reason}`,
    );
}
