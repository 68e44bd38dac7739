/**
 * The browser shell's WebSocket protocol, shared by the server and the renderer's client (pure:
 * no Node or DOM APIs). Requests `{id, method, params}` get `{id, ok, result | error}`; events
 * arrive as `{event}`. A message without typed arrays is one JSON text frame. A message with
 * typed arrays (images, feature maps, filters) is one binary frame: the JSON, each array replaced
 * by a placeholder naming its type and where its bytes are, followed by the arrays' raw bytes:
 *
 *   "CVW1" | uint32 LE: JSON byte length | JSON (UTF-8) | bytes of array 0 | bytes of array 1 | …
 *
 * The other side rebuilds each as the same typed array, in a buffer of its own.
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
export type WireMessage = WireResponse | WireEvent | WireRequest;
/** A text frame, or the bytes of a binary one. */
export type WireFrame = string | Uint8Array<ArrayBuffer>;

const TYPED = { Float32Array, Float64Array, Int32Array, Uint8Array, Uint16Array, Int16Array } as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;
const MARK = '$typed';
/** "CVW1": binary frames of this protocol, version 1. */
const MAGIC = 0x31_57_56_43;
const PREFIX_BYTES = 8;

function typedNameOf(value: unknown): TypedName | undefined {
  if (!ArrayBuffer.isView(value)) return undefined;
  return (Object.keys(TYPED) as TypedName[]).find(name => value instanceof TYPED[name]);
}

/**
 * One frame for a message: JSON text when it holds no typed array, else a binary frame carrying the arrays as bytes.
 * @example
 * encodeWire({ id: 1, ok: true, result: [] }); // '{"id":1,"ok":true,"result":[]}'
 * encodeWire({ event: featureMapsEvent }); // Uint8Array: "CVW1", the JSON, then each map's Float32Array bytes
 */
export function encodeWire(message: WireMessage): WireFrame {
  const arrays: Uint8Array[] = [];
  let offset = 0;
  const json = JSON.stringify(message, (_key, value: unknown) => {
    const name = typedNameOf(value);
    if (!name) return value;
    const view = value as ArrayBufferView;
    arrays.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    const placeholder = { [MARK]: name, offset, byteLength: view.byteLength };
    offset += view.byteLength;
    return placeholder;
  });
  if (!arrays.length) return json;
  const head = new TextEncoder().encode(json);
  const frame = new Uint8Array(PREFIX_BYTES + head.length + offset);
  const prefix = new DataView(frame.buffer);
  prefix.setUint32(0, MAGIC, true);
  prefix.setUint32(4, head.length, true);
  frame.set(head, PREFIX_BYTES);
  let at = PREFIX_BYTES + head.length;
  for (const bytes of arrays) {
    frame.set(bytes, at);
    at += bytes.length;
  }
  return frame;
}

function bytesOf(frame: ArrayBuffer | ArrayBufferView): Uint8Array {
  return ArrayBuffer.isView(frame)
    ? new Uint8Array(frame.buffer, frame.byteOffset, frame.byteLength)
    : new Uint8Array(frame);
}

/**
 * Parses a frame (text, or binary as ArrayBuffer, Uint8Array or Node Buffer) and rebuilds its typed
 * arrays; throws on malformed text, frames or placeholders.
 * @example (decodeWire(frame) as WireEvent).event // feature maps' data are Float32Arrays again
 */
export function decodeWire(frame: string | ArrayBuffer | ArrayBufferView): unknown {
  if (typeof frame === 'string')
    return parseJson(frame, () => {
      throw new Error('a text frame carries no typed arrays');
    });
  const bytes = bytesOf(frame);
  if (bytes.length < PREFIX_BYTES) throw new Error('binary frame: too short');
  const prefix = new DataView(bytes.buffer, bytes.byteOffset, PREFIX_BYTES);
  if (prefix.getUint32(0, true) !== MAGIC) throw new Error('binary frame: not a Convas wire frame');
  const headLength = prefix.getUint32(4, true);
  const body = PREFIX_BYTES + headLength;
  if (body > bytes.length) throw new Error('binary frame: its JSON runs past its end');
  const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, body));
  const data = bytes.subarray(body);
  return parseJson(json, (name, offset, byteLength) => {
    if (offset + byteLength > data.length) throw new Error(`${name}: its bytes run past the frame's end`);
    // A copy: a buffer of its own, aligned for any element size and free of the frame.
    return new TYPED[name](data.slice(offset, offset + byteLength).buffer);
  });
}

function parseJson(text: string, rebuild: (name: TypedName, offset: number, byteLength: number) => Typed): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || !(MARK in value)) return value;
    const { [MARK]: name, offset, byteLength } = value as Record<string, unknown>;
    if (
      typeof name !== 'string' ||
      !Object.hasOwn(TYPED, name) ||
      !Number.isSafeInteger(offset) ||
      !Number.isSafeInteger(byteLength) ||
      (offset as number) < 0 ||
      (byteLength as number) < 0
    )
      throw new Error('malformed typed array');
    const Type = TYPED[name as TypedName];
    if ((byteLength as number) % Type.BYTES_PER_ELEMENT !== 0)
      throw new Error(`${name}: ${byteLength as number} bytes is not a whole number of elements`);
    return rebuild(name as TypedName, offset as number, byteLength as number);
  });
}
