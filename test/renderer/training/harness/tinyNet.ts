/** A tiny LeNet-like forward pass in plain JS, so the harness streams believable feature maps. */
import type { FeatureMap } from '../../../../engine/core/train/protocol';

export interface Conv {
  kh: number;
  kw: number;
  cin: number;
  cout: number;
  weights: Float32Array;
}

export function randomConv(kh: number, kw: number, cin: number, cout: number, seed: number): Conv {
  let s = seed >>> 0;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
  const scale = Math.sqrt(6 / (kh * kw * cin));
  return { kh, kw, cin, cout, weights: Float32Array.from({ length: kh * kw * cin * cout }, () => rand() * 2 * scale) };
}

/** 'same' padding, stride 1, relu; channels last. */
export function conv(input: Float32Array, h: number, w: number, c: Conv): Float32Array {
  const out = new Float32Array(h * w * c.cout);
  const ph = c.kh >> 1,
    pw = c.kw >> 1;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      for (let o = 0; o < c.cout; o++) {
        let sum = 0;
        for (let i = 0; i < c.kh; i++)
          for (let j = 0; j < c.kw; j++) {
            const yy = y + i - ph,
              xx = x + j - pw;
            if (yy < 0 || xx < 0 || yy >= h || xx >= w) continue;
            for (let k = 0; k < c.cin; k++)
              sum += input[(yy * w + xx) * c.cin + k]! * c.weights[((i * c.kw + j) * c.cin + k) * c.cout + o]!;
          }
        out[(y * w + x) * c.cout + o] = Math.max(0, sum);
      }
  return out;
}

export function maxPool(input: Float32Array, h: number, w: number, ch: number): Float32Array {
  const oh = h >> 1,
    ow = w >> 1;
  const out = new Float32Array(oh * ow * ch);
  for (let y = 0; y < oh; y++)
    for (let x = 0; x < ow; x++)
      for (let k = 0; k < ch; k++) {
        let m = -Infinity;
        for (let i = 0; i < 2; i++)
          for (let j = 0; j < 2; j++) m = Math.max(m, input[((2 * y + i) * w + 2 * x + j) * ch + k]!);
        out[(y * ow + x) * ch + k] = m;
      }
  return out;
}

export function forward(image: Uint8Array, conv1: Conv, conv2: Conv): FeatureMap[] {
  const x = Float32Array.from(image, v => v / 255);
  const c1 = conv(x, 28, 28, conv1);
  const p1 = maxPool(c1, 28, 28, conv1.cout);
  const c2 = conv(p1, 14, 14, conv2);
  const p2 = maxPool(c2, 14, 14, conv2.cout);
  return [
    { nodeId: 'conv1', shape: [28, 28, conv1.cout], data: c1 },
    { nodeId: 'pool1', shape: [14, 14, conv1.cout], data: p1 },
    { nodeId: 'conv2', shape: [14, 14, conv2.cout], data: c2 },
    { nodeId: 'pool2', shape: [7, 7, conv2.cout], data: p2 },
  ];
}

/** Nudges weights a little, as an optimizer step would. */
export function drift(c: Conv, amount: number, seed: number): void {
  const noise = randomConv(c.kh, c.kw, c.cin, c.cout, seed).weights;
  for (let i = 0; i < c.weights.length; i++) c.weights[i] = c.weights[i]! * (1 + amount * 0.2) + noise[i]! * amount;
}
