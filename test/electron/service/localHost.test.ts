/** The service in the CLI's own process: the contract's methods, and the same errors the app gets, thrown. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConvasError } from '../../../engine/core/errors';
import { createLocalHost } from '../../../electron/service/localHost';
import { createHarness, REPO, tempDir } from './serviceHarness';

describe('the in-process host', () => {
  it('answers like dispatch, and throws the HostError the app would show as a ConvasError', async () => {
    const dir = await tempDir();
    const logged: string[] = [];
    const host = createLocalHost({
      host: 'cli',
      appRoot: REPO,
      dirs: { config: path.join(dir, 'config'), data: path.join(dir, 'data') },
      log: message => logged.push(message),
    });
    const { project } = await host.openProject({ path: path.join(REPO, 'templates/mlp-mnist.convas.json') });
    expect(project.nodes.length).toBeGreaterThan(0);

    const params = { path: '/nowhere.convas.json' };
    const error = await host.openProject(params).catch((e: unknown) => e);
    const app = await (await createHarness()).fail('openProject', params);
    expect(error).toBeInstanceOf(ConvasError);
    expect(error).toMatchObject({ code: app.code, message: app.message, hint: app.hint });

    // A malformed call is the caller's bug: INTERNAL (exit 1 in the CLI), naming the field.
    const bad = await host.openProject({ path: 42 } as never).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('openProject: path') });
    await host.close();
  });
});
