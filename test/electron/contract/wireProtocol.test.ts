/** The shell's wire format: JSON text without typed arrays, binary frames carrying them as raw bytes; malformed frames refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire, type WireFrame } from '../../../electron/contract/wireProtocol';

/** A binary frame by hand: "CVW1", the JSON's length, the JSON, then the bytes. */
function frame(json: string, bytes: number[] = [], magic = 'CVW1'): Uint8Array {
  const head = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + head.length + bytes.length);
  out.set(new TextEncoder().encode(magic), 0);
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 8);
  out.set(bytes, 8 + head.length);
  return out;
}

describe('wire protocol', () => {
  it('sends a message without typed arrays as its JSON text', () => {
    const message = { id: 1, ok: true, result: { path: '/a', runs: ['x'] } } as const;
    const encoded = encodeWire(message as never);
    expect(encoded).toBe(JSON.stringify(message));
    expect(decodeWire(encoded as string)).toEqual(message);
  });

  it('sends typed arrays as raw bytes in a binary frame, and rebuilds them (also views into a larger buffer)', () => {
    const backing = new Float32Array([9, 1.5, -2.25, Math.PI, 9]);
    const data = backing.subarray(1, 4);
    const image = new Uint8Array(28 * 28).map((_, i) => i % 256);
    const message = {
      event: {
        type: 'train',
        sessionId: 's',
        event: {
          type: 'featureMaps',
          epoch: 1,
          batch: 2,
          probeIndex: 0,
          probeLabel: 7,
          maps: [{ nodeId: 'conv1', shape: [1, 1, 3], data }],
          image,
        },
      },
    } as const;
    const encoded = encodeWire(message as never);
    expect(encoded).toBeInstanceOf(Uint8Array);
    // The bytes themselves, not base64 (a third larger): only the JSON's placeholders come on top.
    expect((encoded as Uint8Array).length).toBeLessThan(3 * 4 + 28 * 28 + 400);
    // A Node Buffer at an odd offset (how `ws` hands a frame over) decodes too.
    const pooled = Buffer.alloc((encoded as Uint8Array).length + 3);
    pooled.set(encoded as Uint8Array, 3);
    const decoded = decodeWire(pooled.subarray(3)) as typeof message;
    const out = decoded.event.event.maps[0]!.data;
    expect(out).toBeInstanceOf(Float32Array);
    expect([...out]).toEqual([...data]);
    expect(decoded.event.event.image).toBeInstanceOf(Uint8Array);
    expect([...decoded.event.event.image]).toEqual([...image]);
    // Each array in a buffer of its own, free of the frame.
    expect(decoded.event.event.image.buffer.byteLength).toBe(28 * 28);
    const reply = decodeWire(
      encodeWire({
        id: 1,
        ok: true,
        result: { filters: { data: new Int32Array([-1, 2]) }, pixels: new Uint8Array([0, 255]) },
      } as never),
    ) as { result: { filters: { data: Int32Array }; pixels: Uint8Array } };
    expect(reply.result.filters.data).toEqual(new Int32Array([-1, 2]));
    expect(reply.result.pixels).toEqual(new Uint8Array([0, 255]));
  });

  it('round-trips any mix of images and float arrays, in requests too (an ArrayBuffer as a browser receives it)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 5 }),
        fc.array(fc.float32Array({ maxLength: 16, noDefaultInfinity: true, noNaN: true }), { maxLength: 3 }),
        fc.string(),
        (images, maps, name) => {
          const message = { id: 'r', method: 'm', params: { name, images, maps: maps.map(data => ({ data })) } };
          const encoded: WireFrame = encodeWire(message);
          const asReceived = typeof encoded === 'string' ? encoded : encoded.slice().buffer;
          expect(decodeWire(asReceived)).toEqual(message);
        },
      ),
    );
  });

  it.each([
    ['an unknown type', frame('{"x":{"$typed":"BigInt64Array","offset":0,"byteLength":0}}')],
    ['a placeholder without offset', frame('{"x":{"$typed":"Uint8Array","base64":"AAA="}}', [0])],
    ['a negative offset', frame('{"x":{"$typed":"Uint8Array","offset":-1,"byteLength":1}}', [0])],
    ['bytes past the end', frame('{"x":{"$typed":"Uint8Array","offset":0,"byteLength":4}}', [1, 2])],
    ['a partial element', frame('{"x":{"$typed":"Float32Array","offset":0,"byteLength":3}}', [0, 0, 0])],
    ['another magic', frame('{"x":1}', [], 'JSON')],
    ['a frame shorter than its header', new Uint8Array([0x43, 0x56, 0x57])],
    ['JSON longer than the frame', frame('{"x":1}').subarray(0, 12)],
    ['bad UTF-8 in the JSON', frame('{"x":"\u00e9"}').map((b, i) => (i === 14 ? 0xff : b))],
    ['a placeholder in a text frame', '{"x":{"$typed":"Uint8Array","offset":0,"byteLength":0}}'],
    ['not JSON', '{"x":'],
  ])('refuses %s', (_name, input) => {
    expect(() => decodeWire(input)).toThrow();
  });
});
