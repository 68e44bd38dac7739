/**
 * The contract, the Electron channels, the preload bridge and the WebSocket client agree: every
 * HOST_METHODS name has exactly one ipc channel, one preload function fixed to it, and one
 * client function — and nothing else is exposed.
 */
import { beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  HOST_METHOD_NAMES,
  HOST_METHODS,
  type HostApi,
  type HostBridge,
  type HostMethod,
  type HostParams,
  type HostReply,
} from '../../../electron/contract/hostApi';
import { channelOf, EVENT_CHANNEL } from '../../../electron/desktop/channels';
import { isTrustedSender, registerIpcHandlers } from '../../../electron/desktop/ipcHandlers';
import type { HostService } from '../../../electron/service/hostService';
import { createSocketHost, type SocketLike } from '../../../renderer/host/socketHost';
import { decodeWire, type WireFrame } from '../../../electron/contract/wireProtocol';
import { hostFromBridge } from '../../../renderer/host/bridgeHost';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, params: unknown) => {
      electron.invoked.push([channel, params]);
      return { ok: true, result: channel };
    },
    on: (channel: string, fn: (...args: unknown[]) => void) => {
      if (!electron.listeners.has(channel)) electron.listeners.set(channel, new Set());
      electron.listeners.get(channel)!.add(fn);
    },
    removeListener: (channel: string, fn: (...args: unknown[]) => void) => electron.listeners.get(channel)?.delete(fn),
  },
}));

describe('the host contract across transports', () => {
  let bridge: Record<string, unknown>;
  beforeAll(async () => {
    await import('../../../electron/desktop/preload');
    bridge = electron.exposed.get('convas') as Record<string, unknown>;
  });

  it('types: the bridge and the HostApi cover exactly the contract methods', () => {
    expectTypeOf<Exclude<keyof HostBridge, 'onEvent'>>().toEqualTypeOf<HostMethod>();
    expectTypeOf<Exclude<keyof HostApi, 'onEvent'>>().toEqualTypeOf<HostMethod>();
    expectTypeOf<Parameters<HostBridge['openProject']>[0]>().toEqualTypeOf<HostParams<'openProject'>>();
    expectTypeOf<ReturnType<HostBridge['saveProject']>>().toEqualTypeOf<Promise<HostReply<'saveProject'>>>();
    expectTypeOf(createSocketHost).returns.toMatchTypeOf<HostApi>();
    expectTypeOf(hostFromBridge).returns.toEqualTypeOf<HostApi>();
    expect(HOST_METHOD_NAMES).toEqual(Object.keys(HOST_METHODS));
  });

  it('the preload exposes one function per method and onEvent, nothing else (no invoke passthrough)', () => {
    expect([...electron.exposed.keys()]).toEqual(['convas']);
    expect(Object.keys(bridge).sort()).toEqual([...HOST_METHOD_NAMES, 'onEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('each preload function is fixed to its own channel', async () => {
    for (const method of HOST_METHOD_NAMES) {
      electron.invoked.length = 0;
      const reply = await (bridge[method] as (p: unknown) => Promise<HostReply>)({ probe: method });
      expect(electron.invoked).toEqual([[`convas:${method}`, { probe: method }]]);
      expect(reply).toEqual({ ok: true, result: channelOf(method) });
    }
  });

  it('onEvent relays the event channel without the ipc event, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = (bridge.onEvent as HostBridge['onEvent'])(e => seen.push(e));
    const [relay] = electron.listeners.get(EVENT_CHANNEL)!;
    relay!({ sender: 'secret' }, { type: 'train', sessionId: 's', event: { type: 'status', phase: 'paused' } });
    expect(seen).toEqual([{ type: 'train', sessionId: 's', event: { type: 'status', phase: 'paused' } }]);
    off();
    expect(electron.listeners.get(EVENT_CHANNEL)!.size).toBe(0);
  });

  it('main registers one ipc handler per method, each dispatching to that method, trusted senders only', async () => {
    const handlers = new Map<string, (event: unknown, params: unknown) => Promise<HostReply>>();
    const dispatched: [string, unknown][] = [];
    const service = {
      dispatch: async (method: string, params: unknown) => {
        dispatched.push([method, params]);
        return { ok: true, result: null };
      },
    } as unknown as HostService;
    registerIpcHandlers({ handle: ((channel: string, fn: never) => handlers.set(channel, fn)) as never }, service);
    expect([...handlers.keys()].sort()).toEqual(HOST_METHOD_NAMES.map(channelOf).sort());
    const ours = { senderFrame: { url: 'convas-app://app/index.html' } };
    for (const method of HOST_METHOD_NAMES) await handlers.get(channelOf(method))!(ours, { m: method });
    expect(dispatched).toEqual(HOST_METHOD_NAMES.map(m => [m, { m }]));
    const foreign = await handlers.get('convas:listDirectory')!({ senderFrame: { url: 'https://evil.example/' } }, {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(isTrustedSender({ senderFrame: { url: 'convas-app://application.evil/' } } as never)).toBe(false);
  });

  it('the WebSocket client implements every method, each sending its own name', () => {
    const sent: WireFrame[] = [];
    const socket: SocketLike = {
      send: text => sent.push(text),
      close: () => undefined,
      addEventListener: (type, fn) => {
        if (type === 'open') queueMicrotask(() => fn({}));
      },
    };
    const client = createSocketHost({ url: 'ws://127.0.0.1:1/rpc', connect: () => socket });
    for (const method of HOST_METHOD_NAMES) expect(typeof client[method], method).toBe('function');
    expect(typeof client.onEvent).toBe('function');
    for (const method of HOST_METHOD_NAMES)
      void (client[method] as (p: unknown) => Promise<unknown>)({}).catch(() => undefined);
    return new Promise<void>(resolve =>
      setTimeout(() => {
        expect(sent.map(t => (decodeWire(t) as { method: string }).method)).toEqual(HOST_METHOD_NAMES);
        client.close();
        resolve();
      }, 10),
    );
  });
});
