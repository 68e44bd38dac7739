/** A small picture of the graph for a bundle: boxes at the nodes' canvas positions, lines for edges. */
import sharp from 'sharp';
import { isLayerKind, layerSpec } from '../core/layers';
import type { LayerCategory } from '../core/layers/types';
import type { Graph } from '../core/project/schema';

// The canvas' category accents (renderer/editor/categories.ts), which the engine cannot import.
const COLORS: Record<LayerCategory, string> = {
  input: '#38bdf8',
  convolution: '#6e8bff',
  pooling: '#a78bfa',
  normalization: '#34d399',
  regularization: '#94a3b8',
  activation: '#facc15',
  merge: '#f472b6',
  reshape: '#2dd4bf',
  core: '#fb923c',
  augmentation: '#a3e635',
  output: '#f87171',
};
const BOX = { width: 80, height: 60 };
const PAD = 30;
const SIZE = { width: 320, height: 240 };

/**
 * The canvas draws graphs top to bottom; the picture turns them left to right (as the templates
 * gallery does) so a long chain fills a landscape thumbnail.
 * @example graphSvg({ nodes: [{ id: 'input', kind: 'input', params: {}, position: { x: 0, y: 0 } }], edges: [] })
 */
export function graphSvg(graph: Graph): string {
  const boxes = graph.nodes.map(n => ({
    id: n.id,
    x: n.position.y,
    y: n.position.x / 2,
    color: isLayerKind(n.kind) ? COLORS[layerSpec(n.kind).category] : '#64748b',
  }));
  const at = new Map(boxes.map(b => [b.id, b]));
  const xs = boxes.map(b => b.x),
    ys = boxes.map(b => b.y);
  const minX = Math.min(0, ...xs) - PAD,
    minY = Math.min(0, ...ys) - PAD;
  const width = Math.max(BOX.width, ...xs.map(x => x + BOX.width)) + PAD - minX;
  const height = Math.max(BOX.height, ...ys.map(y => y + BOX.height)) + PAD - minY;
  const lines = graph.edges.flatMap(e => {
    const s = at.get(e.source),
      t = at.get(e.target);
    return s && t
      ? [`<line x1="${s.x + BOX.width}" y1="${s.y + BOX.height / 2}" x2="${t.x}" y2="${t.y + BOX.height / 2}"/>`]
      : [];
  });
  const rects = boxes.map(
    b =>
      `<rect x="${b.x}" y="${b.y}" width="${BOX.width}" height="${BOX.height}" rx="10" fill="#1e293b" stroke="${b.color}" stroke-width="6"/>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}" width="${SIZE.width}" height="${SIZE.height}" preserveAspectRatio="xMidYMid meet">` +
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="#0f172a"/>` +
    `<g stroke="#94a3b8" stroke-width="4">${lines.join('')}</g>${rects.join('')}</svg>`
  );
}

/** The graph as a 320×240 PNG. @example await writeFile('thumbnail.png', await graphThumbnail(project)) */
export async function graphThumbnail(graph: Graph): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp(Buffer.from(graphSvg(graph)))
      .flatten({ background: '#0f172a' })
      .png()
      .toBuffer(),
  );
}
