import { expect, test } from 'vitest';
import { folderNameProblem } from '../../../renderer/dialogs/folderName';

test('a new folder name is one plain name', () => {
  expect(folderNameProblem('experiments')).toBeNull();
  expect(folderNameProblem('  runs 2026 ')).toBeNull();
  expect(folderNameProblem('')).toMatch(/^Type a name/);
  expect(folderNameProblem('a/b')).toMatch(/cannot contain \/ or \\/);
  expect(folderNameProblem('a\\b')).toMatch(/cannot contain/);
  expect(folderNameProblem('..')).toMatch(/exist already/);
  expect(folderNameProblem('x'.repeat(256))).toBe('Folder names are at most 255 characters (this one has 256).');
});
