/** dispatch: every payload is validated before a handler runs; errors are data, never stacks. */
import { describe, expect, it } from 'vitest';
import { ConvasError } from '../../../engine/core/errors';
import { HOST_METHOD_NAMES } from '../../../electron/contract/hostApi';
import { toHostError } from '../../../electron/service/hostErrors';
import { createHarness, template } from './serviceHarness';

describe('service dispatch', () => {
  it('answers getInfo with the host kind and an active backend', async () => {
    const h = await createHarness();
    const info = await h.call('getInfo', {});
    expect(info).toMatchObject({
      host: 'browser',
      platform: process.platform,
      version: expect.stringMatching(/^\d+\.\d+/),
    });
    expect(['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu']).toContain(info.backend);
  });

  it('refuses unknown methods and non-object params with BAD_REQUEST', async () => {
    const h = await createHarness();
    expect(await h.fail('deleteEverything', {})).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('deleteEverything'),
    });
    expect(await h.fail('__proto__', {})).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await h.fail('listTemplates', 'hello')).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it.each([
    ['openProject', { path: 42 }, 'path'],
    ['openProject', {}, 'path'],
    ['listTemplates', { extra: true }, 'extra'],
    ['controlTraining', { sessionId: 'x', command: { type: 'fly' } }, 'command.type'],
    ['controlTraining', { sessionId: 'x', command: { type: 'setLearningRate', value: -1 } }, 'command.value'],
    ['previewDataset', { dataset: { kind: 'builtin', name: 'cifar' } }, 'dataset.name'],
    ['pickPath', { purpose: 'format the disk' }, 'purpose'],
  ])('refuses %s with %j, naming %s', async (method, params, field) => {
    const h = await createHarness();
    const error = await h.fail(method, params);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain(`${method}: ${field}`);
    expect(error.hint).not.toBe('');
  });

  it('names the node field of a malformed project', async () => {
    const h = await createHarness();
    const project = await template('lenet5-mnist');
    (project.nodes[1] as { id: unknown }).id = 7;
    const error = await h.fail('saveProject', { path: '/tmp/x.convas.json', project });
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('project.nodes[1].id') });
  });

  it('passes user errors through with their code and hint', async () => {
    const h = await createHarness();
    const error = await h.fail('openProject', { path: '/no/such/project.convas.json' });
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', message: expect.stringContaining('no such file') });
  });

  it('turns anything else into INTERNAL without a stack, and logs the stack', () => {
    const logged: unknown[] = [];
    const bug = new TypeError("Cannot read properties of undefined (reading 'shape') at /home/ada/secret/path.ts");
    const error = toHostError('probeGraph', bug, (_m, e) => logged.push(e));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toContain('secret');
    expect(error.message).not.toMatch(/\bat\b.*:\d+/);
    expect(logged).toEqual([bug]);
    expect(toHostError('x', new ConvasError('TRAIN_NAN', 'loss is NaN'), () => undefined)).toMatchObject({
      code: 'TRAIN_NAN',
      message: 'loss is NaN',
    });
  });

  it('pickPath is unsupported without native dialogs, and uses them when given', async () => {
    expect(await (await createHarness()).call('pickPath', { purpose: 'openProject' })).toEqual({
      supported: false,
      path: null,
    });
    const picked = await createHarness({ pickPath: async p => ({ supported: true, path: `/picked/${p.purpose}` }) });
    expect(await picked.call('pickPath', { purpose: 'chooseFolder' })).toEqual({
      supported: true,
      path: '/picked/chooseFolder',
    });
  });

  it('has a handler for every contract method', async () => {
    const h = await createHarness();
    for (const method of HOST_METHOD_NAMES) {
      const reply = await h.service.dispatch(method, { definitelyNotAParam: 1 });
      expect(reply.ok ? 'ok' : reply.error.code, method).toBe('BAD_REQUEST');
    }
  });
});
