/**
 * The browser-shell transport: HostApi over the shell's WebSocket. Reconnects with backoff;
 * calls made while disconnected wait for the connection, calls in flight when it drops fail
 * with a DISCONNECTED error (the server may or may not have run them).
 */
import { HOST_METHOD_NAMES, type HostApi, type HostEvent, type HostMethod } from '../../electron/contract/hostApi';
import {
  decodeWire,
  encodeWire,
  type WireEvent,
  type WireFrame,
  type WireResponse,
} from '../../electron/contract/wireProtocol';
import { HostRequestError } from './hostRequestError';

/** The part of the DOM WebSocket (and of the `ws` package's) this client uses. */
export interface SocketLike {
  /** Text frames for plain JSON, binary frames for messages with bytes (see wireProtocol.ts). */
  send(data: WireFrame): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'close' | 'error' | 'message', listener: (event: { data?: unknown }) => void): void;
}

export interface SocketHostOptions {
  /** ws://127.0.0.1:PORT/rpc?token=… */
  url: string;
  /** Defaults to the browser's WebSocket. */
  connect?: (url: string) => SocketLike;
  /** First and longest wait between reconnection attempts. */
  retryMs?: { first: number; max: number };
  /** How long a call waits for a connection before failing. */
  waitForConnectionMs?: number;
}

export type SocketHost = HostApi & {
  /** Whether the socket is open now, and a way to follow it (for a "reconnecting…" banner). */
  readonly connected: boolean;
  onConnectionChange(listener: (connected: boolean) => void): () => void;
  /** Closes the socket for good; pending calls fail. */
  close(): void;
};

interface Pending {
  method: HostMethod;
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer?: ReturnType<typeof setTimeout>;
}

const disconnected = (method: HostMethod, what: string) =>
  new HostRequestError(method, {
    code: 'DISCONNECTED',
    message: `${what} (${method}).`,
    hint: 'Convas reconnects by itself; if the server was stopped, start it again with `convas serve` and reload the page.',
  });

/**
 * @example
 * const host = createSocketHost({ url: `ws://${location.host}/rpc?token=${token}` });
 * const templates = await host.listTemplates({});
 */
export function createSocketHost(options: SocketHostOptions): SocketHost {
  const connect =
    options.connect ??
    ((url: string) => {
      const ws = new WebSocket(url);
      // Binary frames as ArrayBuffers, decoded at once (a Blob would need an async read).
      ws.binaryType = 'arraybuffer';
      return ws as SocketLike;
    });
  const retry = options.retryMs ?? { first: 250, max: 5000 };
  const waitMs = options.waitForConnectionMs ?? 15_000;
  const sent = new Map<number, Pending>();
  const waiting = new Map<number, Pending & { frame: WireFrame }>();
  const eventListeners = new Set<(event: HostEvent) => void>();
  const connectionListeners = new Set<(connected: boolean) => void>();
  let socket: SocketLike | null = null;
  let open = false;
  let closed = false;
  let delay = retry.first;
  let nextId = 1;

  const setOpen = (value: boolean) => {
    if (open === value) return;
    open = value;
    for (const l of connectionListeners) l(value);
  };

  function receive(data: unknown): void {
    if (typeof data !== 'string' && !(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) return;
    let message: WireResponse | WireEvent;
    try {
      message = decodeWire(data) as WireResponse | WireEvent;
    } catch {
      return;
    }
    if ('event' in message) {
      for (const l of eventListeners) l(message.event);
      return;
    }
    const call = typeof message.id === 'number' ? sent.get(message.id) : undefined;
    if (!call) return;
    sent.delete(message.id as number);
    if (message.ok) call.resolve(message.result);
    else call.reject(new HostRequestError(call.method, message.error));
  }

  function start(): void {
    if (socket || closed) return;
    const ws = connect(options.url);
    socket = ws;
    ws.addEventListener('open', () => {
      delay = retry.first;
      setOpen(true);
      for (const [id, call] of waiting) {
        clearTimeout(call.timer);
        sent.set(id, call);
        ws.send(call.frame);
      }
      waiting.clear();
    });
    ws.addEventListener('message', event => receive(event.data));
    // A failed connection also closes; handling 'error' keeps Node's `ws` (tests) from throwing it.
    ws.addEventListener('error', () => undefined);
    ws.addEventListener('close', () => {
      socket = null;
      setOpen(false);
      for (const call of sent.values())
        call.reject(disconnected(call.method, 'The connection to the Convas server was lost before it answered'));
      sent.clear();
      if (closed) return;
      setTimeout(start, delay);
      delay = Math.min(delay * 2, retry.max);
    });
  }

  function call(method: HostMethod, params: unknown): Promise<unknown> {
    if (closed) return Promise.reject(disconnected(method, 'This connection to the Convas server was closed'));
    start();
    return new Promise((resolve, reject) => {
      const id = nextId++;
      const frame = encodeWire({ id, method, params });
      if (open && socket) {
        sent.set(id, { method, resolve, reject });
        socket.send(frame);
        return;
      }
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(disconnected(method, `Could not reach the Convas server within ${Math.round(waitMs / 1000)} s`));
      }, waitMs);
      waiting.set(id, { method, resolve, reject, timer, frame });
    });
  }

  const methods = Object.fromEntries(
    HOST_METHOD_NAMES.map(method => [method, (params: unknown) => call(method, params)]),
  );
  return {
    ...(methods as Omit<HostApi, 'onEvent'>),
    get connected() {
      return open;
    },
    onEvent(listener) {
      start();
      eventListeners.add(listener);
      return () => {
        eventListeners.delete(listener);
      };
    },
    onConnectionChange(listener) {
      connectionListeners.add(listener);
      return () => {
        connectionListeners.delete(listener);
      };
    },
    close() {
      closed = true;
      for (const call of waiting.values()) {
        clearTimeout(call.timer);
        call.reject(disconnected(call.method, 'This connection to the Convas server was closed'));
      }
      waiting.clear();
      socket?.close(1000, 'closed by the page');
    },
  };
}
