/** LeNet-5 as the journey builds it: what the saved file and the canvas must show. */

export const LENET_NODES = [
  { id: 'input', kind: 'input', label: 'Input', params: { shape: [28, 28, 1] } },
  { id: 'conv1', kind: 'conv2d', label: 'Conv 2D', params: { filters: 6, kernelSize: 5, padding: 'same' } },
  { id: 'pool1', kind: 'maxPooling2d', label: 'Max Pooling 2D', params: {} },
  { id: 'conv2', kind: 'conv2d', label: 'Conv 2D', params: { filters: 16, kernelSize: 5 } },
  { id: 'pool2', kind: 'maxPooling2d', label: 'Max Pooling 2D', params: {} },
  { id: 'fc1', kind: 'dense', label: 'Dense', params: { units: 120 } },
  { id: 'flatten', kind: 'flatten', label: 'Flatten', params: {} },
  { id: 'fc2', kind: 'dense', label: 'Dense', params: { units: 84 } },
  { id: 'output', kind: 'output', label: 'Output', params: {} },
] as const;

/** Each edge and the tensor shape it carries, as its label shows it. */
export const LENET_EDGES: [source: string, target: string, shape: string][] = [
  ['input', 'conv1', '28×28×1'],
  ['conv1', 'pool1', '28×28×6'],
  ['pool1', 'conv2', '14×14×6'],
  ['conv2', 'pool2', '10×10×16'],
  ['pool2', 'flatten', '5×5×16'],
  ['flatten', 'fc1', '400'],
  ['fc1', 'fc2', '120'],
  ['fc2', 'output', '84'],
];

/** Weights and biases: 156 + 2,416 + 48,120 + 10,164 + 850. */
export const LENET_PARAMS = '61,706';

export const lenetNodeNames = (): string[] => LENET_NODES.map(n => `${n.label} ${n.id}`).sort();
export const lenetEdgeTexts = (): string[] => LENET_EDGES.map(([s, t, shape]) => `${s}→${t}: ${shape}`).sort();
