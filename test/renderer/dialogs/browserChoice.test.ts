import { expect, test } from 'vitest';
import { browserChoice } from '../../../renderer/dialogs/browserChoice';

const file = { name: 'net.convas.json', kind: 'file' as const };
const folder = { name: 'runs', kind: 'directory' as const };

test('open needs a file selected', () => {
  expect(browserChoice({ purpose: 'openProject', dir: '/p', selected: undefined, fileName: '' })).toBeNull();
  expect(browserChoice({ purpose: 'openProject', dir: '/p', selected: folder, fileName: '' })).toBeNull();
  expect(browserChoice({ purpose: 'chooseFile', dir: '/p', selected: file, fileName: '' })).toBe('/p/net.convas.json');
});

test('save takes the typed name and adds the extension', () => {
  expect(browserChoice({ purpose: 'saveProject', dir: '/p', selected: undefined, fileName: '  ' })).toBeNull();
  expect(browserChoice({ purpose: 'saveProject', dir: '/p', selected: undefined, fileName: 'lenet' })).toBe(
    '/p/lenet.convas.json',
  );
  expect(
    browserChoice({
      purpose: 'saveProject',
      dir: '/p',
      selected: undefined,
      fileName: 'a.json',
      extensions: ['.json'],
    }),
  ).toBe('/p/a.json');
});

test('choose folder: the selected folder, else the one shown', () => {
  expect(browserChoice({ purpose: 'chooseFolder', dir: '/p', selected: folder, fileName: '' })).toBe('/p/runs');
  expect(browserChoice({ purpose: 'chooseFolder', dir: '/p', selected: file, fileName: '' })).toBe('/p');
});
