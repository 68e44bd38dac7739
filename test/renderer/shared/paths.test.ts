import { expect, test } from 'vitest';
import {
  fileNameFor,
  joinPath,
  projectNameOf,
  relativeTo,
  splitPath,
  withExtension,
} from '../../../renderer/shared/paths';

test('paths join and split on either separator', () => {
  expect(joinPath('/home/ada', 'net.convas.json')).toBe('/home/ada/net.convas.json');
  expect(joinPath('/', 'x')).toBe('/x');
  expect(joinPath('C:\\Users\\ada', 'x')).toBe('C:\\Users\\ada\\x');
  expect(splitPath('/home/ada/net.json')).toEqual({ dir: '/home/ada', name: 'net.json' });
  expect(splitPath('/net.json')).toEqual({ dir: '/', name: 'net.json' });
  expect(splitPath('C:\\a\\b.json')).toEqual({ dir: 'C:\\a', name: 'b.json' });
  expect(splitPath('/x/train-images-idx3-ubyte.gz').name).toBe('train-images-idx3-ubyte.gz');
});

test('a bare file name has no folder: the empty string, never "."', () => {
  expect(splitPath('net.json')).toEqual({ dir: '', name: 'net.json' });
});

test('files inside the project folder are made relative to it', () => {
  expect(relativeTo('/home/a', '/home/a/data/x.idx')).toBe('data/x.idx');
  expect(relativeTo('/home/a/', '/home/a/x.idx')).toBe('x.idx');
  expect(relativeTo('C:\\data', 'C:\\data\\x.idx')).toBe('x.idx');
  expect(relativeTo('/home/a', '/home/ab/x.idx')).toBe('/home/ab/x.idx');
  expect(relativeTo(undefined, '/x.idx')).toBe('/x.idx');
  expect(relativeTo('', '/x.idx')).toBe('/x.idx');
});

test('project file names', () => {
  expect(withExtension('net', '.convas.json')).toBe('net.convas.json');
  expect(withExtension('net.CONVAS.json', '.convas.json')).toBe('net.CONVAS.json');
  expect(projectNameOf('/a/lenet.convas.json')).toBe('lenet');
  expect(fileNameFor('My net!')).toBe('my-net.convas.json');
  expect(fileNameFor('  ')).toBe('untitled.convas.json');
  expect(fileNameFor('My net!', '.convas')).toBe('my-net.convas');
});
