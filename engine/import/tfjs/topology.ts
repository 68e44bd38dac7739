/**
 * The layer graph of a Keras / TensorFlow.js model topology (model.json's `modelTopology`),
 * flattened: nested Sequential and functional models (e.g. Teachable Machine's MobileNet inside a
 * Sequential) become their own layers wired in place. Accepts what Keras 2 and 3,
 * tensorflowjs_converter and tfjs' own `model.save` write.
 */
import { z } from 'zod';
import { ConvasError } from '../../core/errors';

/** One layer of the flattened graph. */
export interface KerasLayer {
  /** Unique over the flattened graph (a nested layer whose name is taken gets a suffix). */
  id: string;
  className: string;
  config: Record<string, unknown>;
  /** ids of the layers feeding this one, in order. */
  inputs: string[];
  /** Layer names from the outer model down to this layer: how to find its weights in tfjs. */
  path: string[];
}

const layerSchema = z
  .object({
    class_name: z.string().min(1),
    config: z.record(z.string(), z.unknown()).default({}),
    name: z.string().optional(),
    inbound_nodes: z.array(z.unknown()).optional(),
  })
  .passthrough();
type RawLayer = z.infer<typeof layerSchema>;

const NESTED = new Set(['Sequential', 'Model', 'Functional']);

const fail = (message: string): never => {
  throw new ConvasError('IMPORT_FORMAT', `model.json: ${message}`);
};

/** A topology is either the model itself or Keras' `{ model_config, keras_version, ... }` wrapper. */
function modelOf(topology: Record<string, unknown>): RawLayer {
  const inner = 'model_config' in topology ? topology.model_config : topology;
  const parsed = layerSchema.safeParse(inner);
  if (!parsed.success || !NESTED.has(parsed.data.class_name))
    fail('modelTopology is not a Sequential or functional model');
  return parsed.data!;
}

class Flattener {
  readonly layers: KerasLayer[] = [];
  private readonly taken = new Set<string>();

  private add(raw: RawLayer, inputs: string[], path: string[]): string {
    const name = layerName(raw);
    let id = name;
    for (let i = 2; this.taken.has(id); i++) id = `${name}_${i}`;
    this.taken.add(id);
    this.layers.push({ id, className: raw.class_name, config: raw.config, inputs, path: [...path, name] });
    return id;
  }

  /** Adds the model's layers fed by `inputs` (empty at the top: it brings its own input); returns its output id. */
  model(raw: RawLayer, inputs: string[], path: string[]): string {
    return raw.class_name === 'Sequential' ? this.sequential(raw, inputs, path) : this.functional(raw, inputs, path);
  }

  private layer(raw: RawLayer, inputs: string[], path: string[]): string {
    return NESTED.has(raw.class_name)
      ? this.model(raw, inputs, [...path, layerName(raw)])
      : this.add(raw, inputs, path);
  }

  private sequential(raw: RawLayer, inputs: string[], path: string[]): string {
    const list = Array.isArray(raw.config.layers)
      ? raw.config.layers
      : Array.isArray(raw.config)
        ? raw.config
        : fail(`${layerName(raw)}: no layers`);
    const layers = (list as unknown[]).map((l, i) => parseLayer(l, `${layerName(raw)}: layer ${i}`));
    if (!layers.length) fail(`${layerName(raw)}: no layers`);
    let current = inputs;
    if (!current.length && layers[0]!.class_name !== 'InputLayer' && !NESTED.has(layers[0]!.class_name)) {
      // Keras puts the input shape on the first layer; tfjs names the implied input layer like this.
      const shape =
        layers[0]!.config.batch_input_shape ?? layers[0]!.config.batchInputShape ?? layers[0]!.config.batch_shape;
      if (!shape) fail(`${layerName(raw)}: the first layer has no input shape`);
      current = [
        this.add(
          { class_name: 'InputLayer', config: { name: `${layerName(layers[0]!)}_input`, batch_input_shape: shape } },
          [],
          path,
        ),
      ];
    }
    for (const layer of layers) {
      if (layer.class_name === 'InputLayer' && current.length) continue;
      current = [this.layer(layer, current, path)];
    }
    return current[0]!;
  }

  private functional(raw: RawLayer, inputs: string[], path: string[]): string {
    const layers =
      z
        .array(z.unknown())
        .safeParse(raw.config.layers)
        .data?.map((l, i) => parseLayer(l, `${layerName(raw)}: layer ${i}`)) ?? fail(`${layerName(raw)}: no layers`);
    const inputNames = tensorNames(raw.config.input_layers);
    const outputNames = tensorNames(raw.config.output_layers);
    if (inputNames.length !== 1 || outputNames.length !== 1) {
      throw new ConvasError(
        'IMPORT_UNSUPPORTED',
        `model.json: ${layerName(raw)} has ${inputNames.length} inputs and ${outputNames.length} outputs; Convas graphs have one of each`,
      );
    }
    if (inputs.length > 1) fail(`${layerName(raw)} is fed by several tensors`);
    const idOf = new Map<string, string>();
    for (const layer of layers) {
      const name = layerName(layer);
      if (layer.class_name === 'InputLayer' && inputs.length) {
        idOf.set(name, inputs[0]!);
        continue;
      }
      const sources = inboundNames(layer).map(
        n => idOf.get(n) ?? fail(`${name} is fed by ${n}, which comes later or does not exist`),
      );
      idOf.set(name, this.layer(layer, sources, path));
    }
    return idOf.get(outputNames[0]!) ?? fail(`${layerName(raw)}: output layer ${outputNames[0]} does not exist`);
  }
}

function parseLayer(value: unknown, where: string): RawLayer {
  const parsed = layerSchema.safeParse(value);
  return parsed.success ? parsed.data : fail(`${where} has no class_name or config`);
}

function layerName(raw: RawLayer): string {
  const name = raw.config.name ?? raw.name;
  return typeof name === 'string' && name.length > 0 && name.length <= 100
    ? name
    : fail(`a layer of class ${raw.class_name} has no name (or one longer than 100 characters)`);
}

/** `[[name, 0, 0], …]` (or a single `[name, 0, 0]`) → names. */
function tensorNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const list = typeof value[0] === 'string' ? [value] : value;
  return list.map(t =>
    Array.isArray(t) && typeof t[0] === 'string' ? t[0] : fail('input_layers/output_layers are malformed'),
  );
}

/** Names of the layers feeding `layer`: Keras 2 `[[[name, 0, 0, {}], …]]` or Keras 3 `[{ args: [keras tensors] }]`. */
function inboundNames(layer: RawLayer): string[] {
  const nodes = layer.inbound_nodes ?? [];
  if (nodes.length > 1)
    throw new ConvasError(
      'IMPORT_UNSUPPORTED',
      `model.json: layer ${layerName(layer)} is used ${nodes.length} times (shared weights); Convas nodes are used once`,
    );
  if (!nodes.length) return [];
  const node = nodes[0];
  if (Array.isArray(node))
    return node.map(t =>
      Array.isArray(t) && typeof t[0] === 'string' ? t[0] : fail(`${layerName(layer)}: malformed inbound_nodes`),
    );
  const args =
    z.object({ args: z.array(z.unknown()) }).safeParse(node).data?.args ??
    fail(`${layerName(layer)}: malformed inbound_nodes`);
  const histories: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(visit);
      return;
    }
    const history = z
      .object({ config: z.object({ keras_history: z.tuple([z.string()]).rest(z.unknown()) }) })
      .safeParse(v).data;
    if (history) histories.push(history.config.keras_history[0]);
  };
  visit(args);
  return histories;
}

export interface FlatModel {
  /** In dependency order. */
  layers: KerasLayer[];
  /** The layer whose output is the model's. */
  outputId: string;
}

/**
 * Flattens a model topology into its layers in dependency order.
 * @example flattenTopology(json.modelTopology).layers.map(l => l.className) // ['InputLayer', 'Conv2D', …, 'Dense']
 */
export function flattenTopology(topology: Record<string, unknown>): FlatModel {
  const flattener = new Flattener();
  const outputId = flattener.model(modelOf(topology), [], []);
  return { layers: flattener.layers, outputId };
}
