import { expect, test } from 'vitest';
import { fileNameFor, joinPath, projectNameOf, splitPath, withExtension } from '../../../renderer/dialogs/pathUtils';

test('paths join and split on either separator', () => {
  expect(joinPath('/home/ada', 'net.convas.json')).toBe('/home/ada/net.convas.json');
  expect(joinPath('/', 'x')).toBe('/x');
  expect(joinPath('C:\\Users\\ada', 'x')).toBe('C:\\Users\\ada\\x');
  expect(splitPath('/home/ada/net.json')).toEqual({ dir: '/home/ada', name: 'net.json' });
  expect(splitPath('/net.json')).toEqual({ dir: '/', name: 'net.json' });
  expect(splitPath('C:\\a\\b.json')).toEqual({ dir: 'C:\\a', name: 'b.json' });
});

test('project file names', () => {
  expect(withExtension('net', '.convas.json')).toBe('net.convas.json');
  expect(withExtension('net.CONVAS.json', '.convas.json')).toBe('net.CONVAS.json');
  expect(projectNameOf('/a/lenet.convas.json')).toBe('lenet');
  expect(fileNameFor('My net!')).toBe('my-net.convas.json');
  expect(fileNameFor('  ')).toBe('untitled.convas.json');
});
