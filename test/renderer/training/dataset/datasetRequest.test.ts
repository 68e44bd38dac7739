import { describe, expect, it } from 'vitest';
import { datasetRequest, requestKey } from '../../../../renderer/training/dataset/datasetRequest';

const inputNode = (shape: number[]) => ({ id: 'input', kind: 'input', params: { shape }, position: { x: 0, y: 0 } });
const state = (
  dataset: Parameters<typeof datasetRequest>[0]['meta']['dataset'],
  shape = [32, 32, 3],
  filePath: string | null = '/p/net.convas.json',
) => ({ meta: { dataset } as never, nodes: [inputNode(shape)], edges: [], filePath });

describe('dataset requests', () => {
  it('sizes folder and CSV images to the Input node, relative to the project folder', () => {
    const folder = { kind: 'folder' as const, path: 'img', resize: 'stretch' as const };
    expect(datasetRequest({ ...state(folder), meta: { dataset: folder } } as never)).toEqual({
      dataset: folder,
      baseDir: '/p',
      imageShape: [32, 32, 3],
    });
    const builtin = { kind: 'builtin' as const, name: 'mnist' as const };
    expect(datasetRequest({ ...state(builtin, [28, 28, 1], null), meta: { dataset: builtin } } as never)).toEqual({
      dataset: builtin,
    });
  });

  it('names a new request when the Input shape changes', () => {
    const folder = { kind: 'folder' as const, path: 'img', resize: 'stretch' as const };
    const a = requestKey(datasetRequest({ ...state(folder), meta: { dataset: folder } } as never));
    const b = requestKey(datasetRequest({ ...state(folder, [64, 64, 3]), meta: { dataset: folder } } as never));
    expect(a).not.toBe(b);
  });
});
