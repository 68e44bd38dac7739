import type { LayerCategory } from '../../engine/core/layers/types';

/** Palette headings and the accent colour of each layer category (node stripe, minimap, template pictures). */
export const CATEGORY_INFO: Record<LayerCategory, { title: string; color: string }> = {
  input: { title: 'Input', color: '#38bdf8' },
  convolution: { title: 'Convolution', color: '#6e8bff' },
  pooling: { title: 'Pooling', color: '#a78bfa' },
  normalization: { title: 'Normalization', color: '#34d399' },
  regularization: { title: 'Regularization', color: '#94a3b8' },
  activation: { title: 'Activation', color: '#facc15' },
  merge: { title: 'Merge', color: '#f472b6' },
  reshape: { title: 'Reshape', color: '#2dd4bf' },
  core: { title: 'Dense', color: '#fb923c' },
  augmentation: { title: 'Augmentation', color: '#a3e635' },
  output: { title: 'Output', color: '#f87171' },
};

export const UNKNOWN_COLOR = '#64748b';
