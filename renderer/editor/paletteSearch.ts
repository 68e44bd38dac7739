/** The palette's contents: registry layers grouped by category, filtered and ranked by a search text. */
import { LAYER_KINDS, layerSpec, type LayerKind } from '../../engine/core/layers';
import type { LayerCategory } from '../../engine/core/layers/types';
import { CATEGORY_INFO } from './categories';

export interface PaletteItem {
  kind: LayerKind;
  label: string;
  description: string;
}
interface PaletteGroup {
  category: LayerCategory;
  title: string;
  items: PaletteItem[];
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** 0 = best. Label matches beat kind and category matches, which beat description matches; null = no match. */
function rank(kind: LayerKind, words: string[]): number | null {
  if (!words.length) return 0;
  const spec = layerSpec(kind);
  const label = squash(spec.label);
  const names = `${label} ${squash(kind)} ${squash(CATEGORY_INFO[spec.category].title)} ${squash(spec.category)}`;
  const description = spec.description.toLowerCase();
  let score = 0;
  for (const word of words) {
    const w = squash(word);
    if (label.startsWith(w)) continue;
    if (names.includes(w)) score += 1;
    else if (description.includes(word)) score += 3;
    else return null;
  }
  return score;
}

/** @example paletteGroups('conv') // [{ category: 'convolution', items: [Conv 2D, Depthwise Conv 2D, …] }] */
export function paletteGroups(query: string): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<LayerCategory, (PaletteItem & { score: number; order: number })[]>();
  LAYER_KINDS.forEach((kind, order) => {
    const score = rank(kind, words);
    if (score === null) return;
    const spec = layerSpec(kind);
    const list = groups.get(spec.category) ?? [];
    list.push({ kind, label: spec.label, description: spec.description, score, order });
    groups.set(spec.category, list);
  });
  return [...groups].map(([category, items]) => ({
    category,
    title: CATEGORY_INFO[category].title,
    items: items
      .sort((a, b) => a.score - b.score || a.order - b.order)
      .map(({ kind, label, description }) => ({ kind, label, description })),
  }));
}
