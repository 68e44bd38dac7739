/** The OnnxBuilder a layer's toOnnx receives: adds nodes and initializers for one Convas node. */
import type {
  LayerWeight,
  OnnxAttribute,
  OnnxBuilder,
  OnnxContext,
  OnnxWeightLayout,
} from '../../core/layers/onnxTypes';
import type { ActivationName, Padding } from '../../core/layers/params';
import { pair } from '../../core/layers/params';
import { applyActivation } from './activations';
import type { OnnxGraph } from './graph';
import { toOnnxLayout } from './weightLayout';

/** tfjs' (TensorFlow's) padding before and after along one axis: 'same' puts the odd cell after. */
export function axisPads(size: number, window: number, stride: number, padding: Padding): [number, number] {
  if (padding === 'valid') return [0, 0];
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + window - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

export class OnnxNodeBuilder implements OnnxBuilder {
  private readonly used = new Set<string>();

  constructor(
    private readonly graph: OnnxGraph,
    private readonly ctx: OnnxContext,
  ) {}

  /** `<layer>/<part>`, with a counter when the node uses the same part twice. */
  private unique(part: string): string {
    let name = `${this.ctx.name}/${part}`;
    for (let i = 2; this.used.has(name); i++) name = `${this.ctx.name}/${part}_${i}`;
    this.used.add(name);
    return name;
  }

  op(type: string, inputs: string[], attributes: Record<string, OnnxAttribute> = {}): string {
    const name = this.unique(type);
    this.graph.nodes.push({ name, opType: type, inputs, outputs: [name], attributes });
    return name;
  }

  weight(name: string, layout: OnnxWeightLayout = 'asIs'): string {
    const weight: LayerWeight | undefined = this.ctx.weights[name];
    if (!weight)
      throw new Error(
        `${this.ctx.name}: no tfjs weight "${name}" (has ${Object.keys(this.ctx.weights).join(', ') || 'none'})`,
      );
    const { dims, values } = toOnnxLayout(weight, layout);
    const tensor = this.unique(name);
    this.graph.initializers.push({ name: tensor, dims, dataType: 'float', values });
    return tensor;
  }

  ints(name: string, values: number[]): string {
    const tensor = this.unique(name);
    this.graph.initializers.push({ name: tensor, dims: [values.length], dataType: 'int64', values });
    return tensor;
  }

  floats(name: string, values: number[]): string {
    const tensor = this.unique(name);
    this.graph.initializers.push({
      name: tensor,
      dims: [values.length],
      dataType: 'float',
      values: Float32Array.from(values),
    });
    return tensor;
  }

  scalar(name: string, value: number): string {
    const tensor = this.unique(name);
    this.graph.initializers.push({ name: tensor, dims: [], dataType: 'float', values: new Float32Array([value]) });
    return tensor;
  }

  activation(input: string, act: ActivationName): string {
    const axis = this.ctx.outputShape.length === 3 ? 1 : -1;
    return applyActivation({ op: this.op.bind(this), scalar: this.scalar.bind(this) }, input, act, axis);
  }

  pads(window: number | number[], strides: number | number[], padding: Padding): number[] {
    const [h = 1, w = 1] = this.ctx.inputShapes[0] ?? [];
    const [kh, kw] = pair(window),
      [sh, sw] = pair(strides);
    const [top, bottom] = axisPads(h, kh, sh, padding),
      [left, right] = axisPads(w, kw, sw, padding);
    return [top, left, bottom, right];
  }
}
