/** A generated project that uses every layer kind and every activation, for exporter tests. */
import { ACTIVATIONS } from '../../../../engine/core/layers/params';
import type { Project } from '../../../../engine/core/project/schema';
import { withEveryKind } from '../../core/layers/kindCases';

type Node = Project['nodes'][number];

/** Builds nodes in a chain unless `from` names the sources. */
function graphBuilder() {
  const nodes: Node[] = [];
  const edges: Project['edges'] = [];
  let last = '';
  const add = (id: string, kind: string, params: Record<string, unknown> = {}, from: string[] = last ? [last] : []) => {
    nodes.push({ id, kind, params, position: { x: 0, y: 0 } } as Node);
    for (const source of from) edges.push({ source, target: id });
    last = id;
    return id;
  };
  return { nodes, edges, add };
}

/** Every kind (any the hand-built graph lacks on a branch of its own, from kindCases), with the task of its Output head. */
export function everyKindProject(task: 'classification' | 'regression'): Project {
  const { nodes, edges, add } = graphBuilder();
  add('in', 'input', { shape: [17, 15, 3] });
  add('flip', 'randomFlip', { mode: 'horizontal_and_vertical' });
  add('rotate', 'randomRotation', { factor: 0.2 });
  add('zoom', 'randomZoom', { heightFactor: 0.2, widthFactor: 0.1 });
  add('shift', 'randomTranslation', { heightFactor: 0.1, widthFactor: 0.1 });
  add('contrast', 'randomContrast', { factor: 0.3 });
  add('bright', 'randomBrightness', { factor: 0.3 });
  add('noise', 'gaussianNoise', { stddev: 0.1 });
  add('crop', 'randomCrop', { height: 14, width: 13 });
  const stem = add('stem', 'conv2d', {
    filters: 4,
    kernelSize: [3, 2],
    strides: 2,
    padding: 'same',
    activation: 'relu',
  });
  const a = add('dw', 'depthwiseConv2d', { kernelSize: 3, padding: 'same', depthMultiplier: 2, activation: 'swish' }, [
    stem,
  ]);
  const b = add(
    'sep',
    'separableConv2d',
    { filters: 8, kernelSize: [3, 5], padding: 'same', depthMultiplier: 3, activation: 'gelu', useBias: false },
    [stem],
  );
  const c = add('plain', 'conv2d', { filters: 8, kernelSize: 1, activation: 'leakyRelu', useBias: false }, [stem]);
  add('sum', 'add', {}, [a, b, c]);
  add('bn', 'batchNormalization', { epsilon: 0.01 });
  add('soft', 'activation', { activation: 'softmax' });
  add('pad', 'zeroPadding2d', { padding: [1, 2] });
  const pooled = add('maxpool', 'maxPooling2d', { poolSize: 3, strides: 2, padding: 'same' });
  const avg = add('avgpool', 'averagePooling2d', { poolSize: 3, strides: 2, padding: 'same' }, [pooled]);
  const strided = add(
    'strided',
    'conv2d',
    { filters: 3, kernelSize: 2, strides: 2, padding: 'same', activation: 'tanh' },
    [pooled],
  );
  const joined = add('join', 'concatenate', {}, [avg, strided]);
  const gap = add('gap', 'globalAveragePooling2d', {}, [joined]);
  const gmp = add('gmp', 'globalMaxPooling2d', {}, [joined]);
  const flat = add('flat', 'flatten', {}, [joined]);
  add('features', 'concatenate', {}, [gap, gmp, flat]);
  add('drop', 'dropout', { rate: 0.3 });
  add('fc', 'dense', { units: 12, activation: 'relu6' });
  for (const act of ACTIVATIONS) add(`act_${act}`, 'activation', { activation: act });
  add('bnflat', 'batchNormalization', {});
  add('fc2', 'dense', { units: 6, activation: 'selu', useBias: false });
  add('out', 'output', task === 'regression' ? { task, units: 2 } : { task, units: 5 });
  return {
    version: 2,
    id: `every-kind-${task}`,
    name: `every-kind-${task}`,
    ...withEveryKind({ nodes, edges }, { image: 'crop', features: 'fc2' }),
    dataset: { kind: 'builtin', name: 'mnist' },
  } as Project;
}
