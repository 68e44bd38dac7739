import { describe, expect, it } from 'vitest';
import { basename, dirname, relativeTo } from '../../../renderer/training/paths';

describe('paths', () => {
  it('splits paths with either separator', () => {
    expect(dirname('/home/a/p.convas.json')).toBe('/home/a');
    expect(dirname('C:\\data\\p.json')).toBe('C:\\data');
    expect(basename('/x/train-images-idx3-ubyte.gz')).toBe('train-images-idx3-ubyte.gz');
  });

  it('makes files inside the project folder relative to it', () => {
    expect(relativeTo('/home/a', '/home/a/data/x.idx')).toBe('data/x.idx');
    expect(relativeTo('/home/a/', '/home/a/x.idx')).toBe('x.idx');
    expect(relativeTo('/home/a', '/home/ab/x.idx')).toBe('/home/ab/x.idx');
    expect(relativeTo(undefined, '/x.idx')).toBe('/x.idx');
  });
});
