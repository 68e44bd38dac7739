/** The renderer's WebSocket client against a real shell: typed results, events, disconnects, reconnects. */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { HostEvent } from '../../../electron/contract/hostApi';
import type { HostService } from '../../../electron/service/hostService';
import { HostRequestError } from '../../../renderer/host/hostRequestError';
import { socketUrl } from '../../../renderer/host';
import { createSocketHost, type SocketLike } from '../../../renderer/host/socketHost';
import { startShell } from '../../../electron/shell/startShell';
import { createHarness, template } from '../service/serviceHarness';
import { startTestShell } from './shellHarness';

const connector = (port: number) => (url: string) =>
  new WebSocket(url, { origin: `http://127.0.0.1:${port}` }) as unknown as SocketLike;

describe('the renderer socket client', () => {
  it('builds the socket URL from the page location', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:4000', search: '?token=a+b/c' })).toBe(
      'ws://127.0.0.1:4000/rpc?token=a%20b%2Fc',
    );
    expect(socketUrl({ protocol: 'http:', host: 'localhost:4000', search: '' })).toBe('ws://localhost:4000/rpc');
  });

  it('calls the service, gets Float32Array feature maps, and HostRequestErrors with code and hint', async () => {
    const shell = await startTestShell();
    const host = createSocketHost({
      url: `ws://127.0.0.1:${shell.port}/rpc?token=${shell.token}`,
      connect: connector(shell.port),
    });
    const probe = await host.probeGraph({ project: await template('lenet5-mnist') });
    expect(probe.maps[0]!.data).toBeInstanceOf(Float32Array);
    expect(probe.filters!.data).toBeInstanceOf(Float32Array);
    expect(probe.maps[0]!.data.length).toBe(28 * 28 * 6);
    expect(probe.image).toBeInstanceOf(Uint8Array);
    expect(probe.image).toHaveLength(28 * 28);
    const error = await host.openProject({ path: '/nowhere.convas.json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostRequestError);
    expect(error).toMatchObject({ code: 'FILE_UNREADABLE', method: 'openProject', hint: expect.any(String) });
    host.close();
  });

  it('delivers events to every connected page, feature maps as Float32Array', async () => {
    const listeners = new Set<(e: HostEvent) => void>();
    const service: HostService = {
      dispatch: async () => ({ ok: true, result: [] }) as never,
      onEvent: l => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      close: async () => undefined,
    };
    const shell = await startShell({ port: 0, service });
    const url = `ws://127.0.0.1:${shell.port}/rpc?token=${shell.token}`;
    const pages = [
      createSocketHost({ url, connect: connector(shell.port) }),
      createSocketHost({ url, connect: connector(shell.port) }),
    ];
    const received = pages.map(page => new Promise<HostEvent>(resolve => page.onEvent(resolve)));
    await Promise.all(pages.map(page => page.recentProjects({})));
    const maps = [{ nodeId: 'conv1', shape: [2, 2, 1], data: new Float32Array([0.5, -1, 2, 0]) }];
    for (const l of listeners)
      l({
        type: 'train',
        sessionId: 's1',
        event: { type: 'featureMaps', epoch: 1, batch: 3, probeIndex: 0, probeLabel: 4, maps },
      });
    for (const event of await Promise.all(received)) {
      expect(event).toMatchObject({ type: 'train', sessionId: 's1', event: { type: 'featureMaps', probeLabel: 4 } });
      const data = ((event as Extract<HostEvent, { type: 'train' }>).event as { maps: typeof maps }).maps[0]!.data;
      expect(data).toBeInstanceOf(Float32Array);
      expect([...data]).toEqual([0.5, -1, 2, 0]);
    }
    pages.forEach(p => p.close());
    await shell.close();
    expect(listeners.size).toBe(0);
  });

  it('fails calls in flight when the server goes away, and reconnects when it is back', async () => {
    const { service } = await createHarness();
    // getInfo never answers here, so it is in flight when the server stops.
    const hangingGetInfo = {
      ...service,
      dispatch: (m: string, p: unknown) =>
        m === 'getInfo' ? new Promise<never>(() => undefined) : service.dispatch(m, p),
    };
    const first = await startShell({ port: 0, service: hangingGetInfo });
    const { port, token } = first;
    const client = createSocketHost({
      url: `ws://127.0.0.1:${port}/rpc?token=${token}`,
      connect: connector(port),
      retryMs: { first: 20, max: 50 },
    });
    const states: boolean[] = [];
    client.onConnectionChange(c => states.push(c));
    expect(await client.recentProjects({})).toEqual([]);
    const inFlight = client.getInfo({}).catch((e: unknown) => e);
    await new Promise(resolve => setTimeout(resolve, 30));
    await first.close();
    expect(await inFlight).toMatchObject({
      code: 'DISCONNECTED',
      method: 'getInfo',
      message: expect.stringContaining('lost'),
    });
    expect(client.connected).toBe(false);

    // Calls made while the server is down wait; the client keeps retrying and gets through once it is back.
    const waiting = client.listDirectory({ path: '/' });
    await new Promise(resolve => setTimeout(resolve, 150));
    const back = await startShell({ port, service, token });
    expect((await waiting).path).toBe('/');
    expect(states).toEqual([true, false, true]);
    client.close();
    await expect(client.recentProjects({})).rejects.toMatchObject({ code: 'DISCONNECTED' });
    await back.close();
  });

  it('gives up on a call after waiting for a connection that never comes', async () => {
    const client = createSocketHost({
      url: 'ws://127.0.0.1:9/rpc',
      connect: connector(9),
      retryMs: { first: 10, max: 20 },
      waitForConnectionMs: 100,
    });
    await expect(client.getInfo({})).rejects.toMatchObject({
      code: 'DISCONNECTED',
      message: expect.stringContaining('Could not reach'),
    });
    client.close();
  });
});
