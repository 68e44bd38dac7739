import { expect, test } from 'vitest';
import { checkProjectName, NAME_MAX } from '../../../renderer/project/projectName';

test('the name field refuses what the project file would, saying why', () => {
  expect(NAME_MAX).toBe(200);
  expect(checkProjectName('  lenet  ')).toEqual({ ok: true, name: 'lenet' });
  expect(checkProjectName('n'.repeat(200))).toEqual({ ok: true, name: 'n'.repeat(200) });
  expect(checkProjectName('n'.repeat(230))).toEqual({
    ok: false,
    message: 'Names are at most 200 characters (this one has 230)',
  });
  expect(checkProjectName('   ')).toEqual({ ok: false, message: 'A project needs a name.' });
});
