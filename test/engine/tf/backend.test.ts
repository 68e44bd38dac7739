import * as tf from '@tensorflow/tfjs-core';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConvasError } from '../../../engine/core/errors';
import { BACKEND_NAMES, parseBackendPreference, selectBackend } from '../../../engine/tf/backend';
import { registerWasmKernels } from '../../../engine/tf/wasmKernels';

const isInstalled = (name: string) => {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
};
const nativeInstalled = isInstalled('@tensorflow/tfjs-node-gpu') || isInstalled('@tensorflow/tfjs-node');

describe('selectBackend', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  // First in the file: the wasm binary must come from node_modules, not over the network.
  it.skipIf(nativeInstalled)('picks wasm here, loading its binary without fetch', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetchSpy);
    vi.stubEnv('CONVAS_BACKEND', '');
    const selected = await selectBackend();
    expect(selected.name).toBe('wasm');
    expect(selected.tf.getBackend()).toBe('wasm');
    expect(selected.detail).toMatch(/tensorflow: @tensorflow\/tfjs-node is not installed/);
    expect(selected.detail).toMatch(/Conv2DBackpropFilter/);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(selected.tf.sum(selected.tf.tensor([1, 2, 3])).dataSync()[0]).toBe(6);
  });

  it('honours an explicit cpu preference, from the argument or CONVAS_BACKEND', async () => {
    const fromArgument = await selectBackend('cpu');
    expect(fromArgument.name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
    await selectBackend('wasm');
    vi.stubEnv('CONVAS_BACKEND', ' CPU ');
    expect((await selectBackend()).name).toBe('cpu');
    expect(tf.getBackend()).toBe('cpu');
  });

  it('rejects an unknown preference, naming the valid ones', async () => {
    const attempt = selectBackend('tpu');
    await expect(attempt).rejects.toBeInstanceOf(ConvasError);
    await expect(attempt).rejects.toMatchObject({
      code: 'TRAINING_CONFIG',
      message: "Unknown backend 'tpu'.",
      hint: expect.stringContaining('auto, gpu, node, wasm, cpu'),
    });
  });

  it.skipIf(isInstalled('@tensorflow/tfjs-node-gpu'))(
    'rejects an explicit gpu preference that is not installed',
    async () => {
      await expect(selectBackend('gpu')).rejects.toThrow(
        /'gpu' backend is not available.*tfjs-node-gpu is not installed/,
      );
    },
  );

  it('lists its backend names fastest first', () => {
    expect(BACKEND_NAMES).toEqual(['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu']);
    expect(parseBackendPreference(undefined)).toBe('auto');
    expect(parseBackendPreference('Node')).toBe('node');
  });
});

describe('registerWasmKernels', () => {
  it('is idempotent: a second call keeps the same kernels registered', async () => {
    await selectBackend('wasm');
    const configs = () => registerWasmKernels().map(name => tf.getKernel(name, 'wasm'));
    const first = configs();
    const second = configs();
    expect(second).toHaveLength(9);
    second.forEach((config, i) => expect(config).toBe(first[i]));
  });
});
