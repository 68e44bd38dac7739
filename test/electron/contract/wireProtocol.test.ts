/** The shell's wire format: typed arrays survive JSON as base64, and malformed markers are refused. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire } from '../../../electron/contract/wireProtocol';

describe('wire protocol', () => {
  it('encodes base64 exactly as Node does, and back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), bytes => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect([...base64ToBytes(text)]).toEqual([...bytes]);
      }),
    );
  });

  it('rebuilds Float32Arrays (also views into a larger buffer) inside replies and events', () => {
    const backing = new Float32Array([9, 1.5, -2.25, Math.PI, 9]);
    const data = backing.subarray(1, 4);
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
        },
      },
    } as const;
    const decoded = decodeWire(encodeWire(message as never)) as typeof message;
    const out = decoded.event.event.maps[0]!.data;
    expect(out).toBeInstanceOf(Float32Array);
    expect([...out]).toEqual([...data]);
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

  it.each([
    ['an unknown type', '{"x":{"$typed":"BigInt64Array","base64":""}}'],
    ['bad base64', '{"x":{"$typed":"Float32Array","base64":"!!!!"}}'],
    ['a partial element', '{"x":{"$typed":"Float32Array","base64":"AAA="}}'],
    ['not JSON', '{"x":'],
  ])('refuses %s', (_name, text) => {
    expect(() => decodeWire(text)).toThrow();
  });
});
