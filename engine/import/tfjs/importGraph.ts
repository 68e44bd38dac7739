/** A flattened Keras model → a Convas graph: one node per layer, named like it, the last Dense as the Output. */
import { ConvasError } from '../../core/errors';
import { OUTPUT_ACTIVATIONS } from '../../core/layers/output';
import type { ParamValue } from '../../core/layers/params';
import type { ProjectEdge, ProjectNode } from '../../core/project/schema';
import { layeredLayout } from './layout';
import { foldPadding } from './foldPadding';
import { mapLayer, type Pads } from './layerMapping';
import type { FlatModel, KerasLayer } from './topology';

export interface ImportedGraph {
  nodes: ProjectNode[];
  edges: ProjectEdge[];
  /** Node id → where its weights sit in the loaded tfjs model (layer names, outer model first). */
  weightPaths: Map<string, string[]>;
}

type Node = { layer: KerasLayer; kind: string; params: Record<string, ParamValue>; pads?: Pads };

/** Every layer Convas cannot express, grouped by class, in one error. */
function unsupportedError(bad: { layer: KerasLayer; reason: string }[]): ConvasError {
  const classes = [...new Set(bad.map(b => b.layer.className))];
  const details = bad
    .slice(0, 12)
    .map(b => `${b.layer.id} (${b.layer.className}: ${b.reason})`)
    .join(', ');
  return new ConvasError(
    'IMPORT_UNSUPPORTED',
    `the model has layers Convas cannot import — ${classes.join(', ')}: ${details}${bad.length > 12 ? `, and ${bad.length - 12} more` : ''}`,
  );
}

/**
 * Keras ends classifiers either with Dense(softmax) or with Dense + Activation('softmax'):
 * both become Convas' Output node (a Dense with its activation). The Output always has a bias: a
 * head without one (Teachable Machine's) gets a zero bias when the weights are copied.
 */
function outputHead(nodes: Map<string, Node>, outputId: string): Node {
  let head = nodes.get(outputId)!;
  const feeding =
    head.kind === 'activation' && head.layer.inputs.length === 1 ? nodes.get(head.layer.inputs[0]!) : undefined;
  const consumers = feeding ? [...nodes.values()].filter(n => n.layer.inputs.includes(feeding.layer.id)).length : 0;
  if (feeding?.kind === 'dense' && feeding.params.activation === 'linear' && consumers === 1) {
    nodes.delete(head.layer.id);
    head = { ...feeding, params: { ...feeding.params, activation: head.params.activation! } };
    nodes.set(head.layer.id, head);
  }
  const activation = String(head.params.activation);
  if (head.kind !== 'dense')
    throw new ConvasError(
      'IMPORT_UNSUPPORTED',
      `the model ends with ${head.layer.id} (${head.layer.className}); Convas models end with a Dense layer (the Output node)`,
    );
  if (!(OUTPUT_ACTIVATIONS as readonly string[]).includes(activation))
    throw new ConvasError(
      'IMPORT_UNSUPPORTED',
      `the last Dense layer ${head.layer.id} has activation ${activation}; the Output node takes ${OUTPUT_ACTIVATIONS.slice(1).join(', ')}`,
    );
  const task = activation === 'softmax' ? 'classification' : 'regression';
  return { ...head, kind: 'output', params: { task, units: head.params.units!, activation } };
}

/**
 * The Convas nodes and edges of a flattened model, laid out top to bottom; throws IMPORT_UNSUPPORTED
 * naming every layer it cannot express.
 * @example const { nodes, edges } = importGraph(flattenTopology(json.modelTopology));
 */
export function importGraph(model: FlatModel): ImportedGraph {
  const nodes = new Map<string, Node>();
  const bad: { layer: KerasLayer; reason: string }[] = [];
  for (const layer of model.layers) {
    const mapped = mapLayer(layer);
    if ('unsupported' in mapped) bad.push({ layer, reason: mapped.unsupported });
    else nodes.set(layer.id, { layer, ...mapped });
  }
  if (bad.length) throw unsupportedError(bad);
  const head = outputHead(nodes, model.outputId);
  nodes.set(head.layer.id, head);
  const uneven = new Map([...nodes.values()].flatMap(n => (n.pads ? [[n.layer.id, n.pads] as const] : [])));
  const graph = foldPadding(
    [...nodes.values()].map(n => ({
      id: n.layer.id,
      kind: n.kind,
      params: n.params,
      position: { x: 0, y: 0 },
      ...(n.layer.config.trainable === false && { trainable: false }),
    })),
    [...nodes.values()].flatMap(n => n.layer.inputs.map(source => ({ source, target: n.layer.id }))),
    uneven,
  );
  const positions = layeredLayout(
    graph.nodes.map(n => n.id),
    graph.edges,
  );
  return {
    nodes: graph.nodes.map(n => ({ ...n, position: positions.get(n.id)! })),
    edges: graph.edges,
    weightPaths: new Map([...nodes.values()].map(n => [n.layer.id, n.layer.path])),
  };
}
