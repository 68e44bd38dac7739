/** The Convas nodes an ONNX import has made so far, and which Convas node (and layout) holds each ONNX tensor. */
import { resolveParams } from '../../core/graph/params';
import { layerSpec, type LayerKind } from '../../core/layers';
import type { LayerWeight } from '../../core/layers/onnxTypes';
import type { ParamValue } from '../../core/layers/params';
import type { Shape } from '../../core/layers/shapeUtils';
import type { Constant, ReadModel, ReadNode } from './readModel';

/** nchw: an image inside the model; nhwc: one transposed back for Flatten; pooled: a global pool's [n, c, 1, 1]. */
export type Layout = 'nchw' | 'nhwc' | 'pooled' | 'flat';

export interface ImportNode {
  id: string;
  kind: LayerKind;
  params: Record<string, ParamValue>;
  inputs: string[];
  /** tfjs weights by short name, in tfjs' layouts. */
  weights: Record<string, LayerWeight>;
  shape: Shape;
}

export class ImportState {
  readonly nodes = new Map<string, ImportNode>();
  readonly tensors = new Map<string, { node: string; layout: Layout }>();
  /** ONNX nodes already taken in by a pattern (an activation spread over several ops). */
  readonly absorbed = new Set<ReadNode>();
  readonly problems: string[] = [];
  /** Outputs of ONNX nodes that failed: their consumers stay quiet, the first problem says it all. */
  private readonly broken = new Set<string>();
  private readonly consumerMap = new Map<string, ReadNode[]>();

  constructor(readonly model: ReadModel) {
    for (const n of model.nodes)
      for (const t of n.inputs) this.consumerMap.set(t, [...(this.consumerMap.get(t) ?? []), n]);
  }

  consumers(tensor: string): ReadNode[] {
    return this.consumerMap.get(tensor) ?? [];
  }

  constant(tensor: string | undefined): Constant | undefined {
    return tensor === undefined ? undefined : this.model.constants.get(tensor);
  }

  /** The Convas node and layout holding an ONNX tensor; undefined (and a problem noted) when unknown. */
  source(tensor: string, by: ReadNode): { node: ImportNode; layout: Layout } | undefined {
    const held = this.tensors.get(tensor);
    if (!held) {
      if (this.broken.has(tensor)) by.outputs.forEach(t => this.broken.add(t));
      else this.fail(by, `its input ${tensor} is not produced by anything Convas imported`);
      return undefined;
    }
    return { node: this.nodes.get(held.node)!, layout: held.layout };
  }

  fail(node: ReadNode, reason: string): void {
    node.outputs.forEach(t => this.broken.add(t));
    this.problems.push(`${node.name || node.opType} (${node.opType}: ${reason})`);
  }

  /** The ONNX node's name without its op suffix ('conv1/Conv' → 'conv1'), unique among the nodes. */
  idFor(node: ReadNode, kind: string): string {
    const base =
      (node.name.includes('/') ? node.name.slice(0, node.name.lastIndexOf('/')) : node.name)
        .replace(/[^A-Za-z0-9_-]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 80) || kind;
    let id = base;
    for (let i = 2; this.nodes.has(id); i++) id = `${base}_${i}`;
    return id;
  }

  /** Adds a Convas node fed by `inputs` (node ids), its shape from the kind's own shape inference. */
  add(
    from: ReadNode,
    kind: LayerKind,
    raw: Record<string, ParamValue>,
    inputs: string[],
    weights: Record<string, LayerWeight> = {},
    id = this.idFor(from, kind),
  ): ImportNode | undefined {
    const spec = layerSpec(kind);
    const { params, problems } = resolveParams(spec.params, raw, id);
    if (problems.length) {
      this.fail(from, problems[0]!.message);
      return undefined;
    }
    const shape = spec.inferShape(
      inputs.map(i => this.nodes.get(i)!.shape),
      params,
      {},
    );
    if (!shape.ok) {
      this.fail(from, shape.error.message);
      return undefined;
    }
    const node: ImportNode = { id, kind, params, inputs, weights, shape: shape.shape };
    this.nodes.set(id, node);
    return node;
  }

  /** Records that `tensor` is held by `node` in `layout`. */
  hold(tensor: string | undefined, node: string, layout: Layout): void {
    if (tensor !== undefined) this.tensors.set(tensor, { node, layout });
  }
}
