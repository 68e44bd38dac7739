/**
 * The browser shell's WebSocket protocol, shared by the server and the renderer's client (pure:
 * no Node or DOM APIs). Requests `{id, method, params}` get `{id, ok, result | error}`; events
 * arrive as `{event}`. Typed arrays (feature maps, filters) travel as base64 with a type marker
 * and are rebuilt as the same typed array on the other side.
 */
import type { HostEvent, HostReply } from './hostApi';

/** The WebSocket endpoint and the query parameter that carries the session token. */
export const WIRE_PATH = '/rpc';
export const TOKEN_PARAM = 'token';

export type RequestId = number | string;
export interface WireRequest {
  id: RequestId;
  method: string;
  params?: unknown;
}
/** `id` is null when the request was too malformed to have one. */
export type WireResponse = { id: RequestId | null } & HostReply;
export interface WireEvent {
  event: HostEvent;
}

const TYPED = { Float32Array, Float64Array, Int32Array, Uint8Array, Uint16Array, Int16Array } as const;
type TypedName = keyof typeof TYPED;
const MARK = '$typed';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    parts.push(
      ALPHABET[(n >> 18) & 63]! +
        ALPHABET[(n >> 12) & 63]! +
        (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=') +
        (i + 2 < bytes.length ? ALPHABET[n & 63]! : '='),
    );
  }
  return parts.join('');
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 !== 0) throw new Error('base64 length must be a multiple of 4');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  const data = text.length - padding;
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = i; k < i + 4; k++) {
      const code = text.charCodeAt(k);
      const v = k >= data ? 0 : code < 128 ? INDEX[code]! : -1;
      if (v < 0) throw new Error(`invalid base64 character at ${k}`);
      n = (n << 6) | v;
    }
    out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function typedNameOf(value: unknown): TypedName | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  return (Object.keys(TYPED) as TypedName[]).find(name => value instanceof TYPED[name]);
}

/**
 * @example
 * encodeWire({ event: { type: 'train', sessionId, event: featureMapsEvent } }); // maps[i].data → {"$typed":"Float32Array","base64":"…"}
 */
export function encodeWire(message: WireResponse | WireEvent | WireRequest): string {
  return JSON.stringify(message, (_key, value: unknown) => {
    const name = typedNameOf(value);
    if (!name) return value;
    const view = value as ArrayBufferView;
    return { [MARK]: name, base64: bytesToBase64(new Uint8Array(view.buffer, view.byteOffset, view.byteLength)) };
  });
}

/**
 * Parses a message and rebuilds its typed arrays; throws on malformed text or markers.
 * @example (decodeWire(text) as WireEvent).event // feature maps' data are Float32Arrays again
 */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !(MARK in value)) return value;
    const { [MARK]: name, base64 } = value as Record<string, unknown>;
    if (typeof name !== 'string' || !Object.hasOwn(TYPED, name) || typeof base64 !== 'string')
      throw new Error('malformed typed array');
    const Type = TYPED[name as TypedName];
    const bytes = base64ToBytes(base64);
    if (bytes.length % Type.BYTES_PER_ELEMENT !== 0)
      throw new Error(`${name}: ${bytes.length} bytes is not a whole number of elements`);
    // A fresh buffer is aligned for any element size.
    return new Type(bytes.buffer, 0, bytes.length / Type.BYTES_PER_ELEMENT);
  });
}
