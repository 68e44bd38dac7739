/** WebSocket side of the browser shell: authenticated upgrades, requests to the service, events out. */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { HostEvent } from '../contract/hostApi';
import { ERROR_CATALOGUE } from '../../engine/core/errors';
import { badRequest, consoleLogger, type ServiceLogger } from '../service/hostErrors';
import type { HostService } from '../service/hostService';
import type { ShellSettings } from './httpHandler';
import { hasToken, hostAllowed, originAllowed } from './shellSecurity';
import {
  decodeWire,
  encodeWire,
  WIRE_PATH,
  type RequestId,
  type WireFrame,
  type WireResponse,
} from '../contract/wireProtocol';

/** Largest request accepted (a 300-node project is ~100 KB); bigger ones close the socket (1009). */
export const MAX_MESSAGE_BYTES = 8 << 20;
/** A client this far behind skips feature maps (they are superseded twice a second anyway). */
const SLOW_CLIENT_BYTES = 16 << 20;

function refuse(socket: Duplex, status: 400 | 403, reason: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Bad Request'}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
  );
}

const validId = (id: unknown): id is RequestId =>
  (typeof id === 'number' && Number.isFinite(id)) || (typeof id === 'string' && id.length > 0 && id.length <= 100);

/** The bytes of a frame as `ws` hands them over (one Buffer, an ArrayBuffer, or fragments). */
const frameBytes = (data: RawData): Uint8Array =>
  Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;

/**
 * Parses one request, text or binary (typed arrays as bytes, see wireProtocol.ts); anything malformed
 * becomes a BAD_REQUEST answer instead. Binary frames come through the same authenticated upgrade as text.
 */
function readRequest(
  data: RawData,
  isBinary: boolean,
): { id: RequestId; method: string; params: unknown } | WireResponse {
  let message: unknown;
  try {
    message = decodeWire(isBinary ? frameBytes(data) : data.toString());
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      id: null,
      ok: false,
      error: badRequest(
        isBinary
          ? `the binary message is not a Convas wire frame (${why})`
          : e instanceof SyntaxError
            ? 'the message is not valid JSON'
            : `the message is malformed (${why})`,
      ),
    };
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return { id: null, ok: false, error: badRequest('a message must be an object {id, method, params}') };
  const { id, method, params } = message as Record<string, unknown>;
  if (!validId(id)) return { id: null, ok: false, error: badRequest('id: must be a number or a non-empty string') };
  if (typeof method !== 'string') return { id, ok: false, error: badRequest('method: must be a string') };
  return { id, method, params };
}

/**
 * Serves the WebSocket protocol on `server`'s upgrades at WIRE_PATH.
 * @example attachSocketServer(httpServer, settings, service); // ws://127.0.0.1:PORT/rpc?token=…
 */
export function attachSocketServer(
  server: Server,
  settings: ShellSettings,
  service: HostService,
  log: ServiceLogger = consoleLogger,
): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${settings.port}`);
    if (url.pathname !== WIRE_PATH) return refuse(socket, 400, 'Unknown endpoint.');
    if (!hostAllowed(req, settings.port) || !originAllowed(req, settings.port))
      return refuse(socket, 403, 'Forbidden origin.');
    if (!hasToken(req, url, settings.token, settings.port))
      return refuse(socket, 403, 'Missing or wrong session token.');
    wss.handleUpgrade(req, socket, head, ws => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket) => {
    ws.on('error', () => ws.terminate());
    ws.on('message', (data, isBinary) => {
      const request = readRequest(data, isBinary);
      if ('ok' in request) {
        ws.send(encodeWire(request));
        return;
      }
      void service.dispatch(request.method, request.params).then(reply => {
        if (ws.readyState !== WebSocket.OPEN) return;
        let frame: WireFrame;
        try {
          frame = encodeWire({ id: request.id, ...reply });
        } catch (e) {
          log(`convas: could not encode the reply to ${request.method}`, e);
          frame = encodeWire({
            id: request.id,
            ok: false,
            error: {
              code: 'INTERNAL',
              message: `${request.method}: the reply could not be sent.`,
              hint: ERROR_CATALOGUE.INTERNAL,
            },
          });
        }
        ws.send(frame);
      });
    });
  });

  const unsubscribe = service.onEvent((event: HostEvent) => {
    const frame = encodeWire({ event });
    const skippable = event.type === 'train' && event.event.type === 'featureMaps';
    for (const ws of wss.clients) {
      if (ws.readyState !== WebSocket.OPEN || (skippable && ws.bufferedAmount > SLOW_CLIENT_BYTES)) continue;
      ws.send(frame);
    }
  });

  return {
    close() {
      unsubscribe();
      for (const ws of wss.clients) ws.close(1001, 'Convas is shutting down');
      wss.close();
    },
  };
}
