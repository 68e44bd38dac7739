/** Checks a name typed for a new folder before the host is asked (the host says why it still cannot make it). Pure. */

const MAX_NAME = 255;

/** Why `name` cannot be a folder's name, or null when it can. */
export function folderNameProblem(name: string): string | null {
  const t = name.trim();
  if (!t) return 'Type a name for the new folder.';
  if (/[/\\]/.test(t)) return 'A folder name cannot contain / or \\ (it makes one folder, here).';
  if (t === '.' || t === '..') return '“.” and “..” name folders that exist already; choose another name.';
  if (t.length > MAX_NAME) return `Folder names are at most ${MAX_NAME} characters (this one has ${t.length}).`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: folder names with control characters are refused
  if (/[\u0000-\u001f]/.test(t)) return 'A folder name cannot contain control characters.';
  return null;
}
