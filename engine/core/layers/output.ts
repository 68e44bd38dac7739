import { activationFlops, flatInput } from './common';
import { autoInt, enumOf } from './params';
import { defineLayer, fail, ok, type LayerContext } from './types';
import { py, torchActivation, torchBias } from './pythonCode';

export const TASKS = ['classification', 'regression'] as const;
export const OUTPUT_ACTIVATIONS = ['auto', 'softmax', 'sigmoid', 'linear', 'tanh', 'relu'] as const;

const params = {
  task: enumOf(TASKS, { default: 'classification', label: 'Task', help: 'Picks the loss and the metrics.' }),
  units: autoInt({
    default: 'auto',
    min: 1,
    max: 65536,
    label: 'Units',
    help: "'auto' = the dataset's class count (its target count for regression).",
  }),
  activation: enumOf(OUTPUT_ACTIVATIONS, {
    default: 'auto',
    label: 'Activation',
    help: "'auto' = softmax for classification, linear for regression.",
  }),
};
type OutputParams = {
  task: (typeof TASKS)[number];
  units: 'auto' | number;
  activation: (typeof OUTPUT_ACTIVATIONS)[number];
};

/** Units of the head; undefined when 'auto' cannot be resolved yet (no dataset). */
export function outputUnits(p: OutputParams, ctx: LayerContext): number | undefined {
  if (p.units !== 'auto') return p.units;
  return p.task === 'regression' ? (ctx.numTargets ?? 1) : ctx.numClasses;
}

/** The task of the dataset the context was made from, if any (engine/graph/layerContext.ts). */
const datasetTask = (ctx: LayerContext) =>
  ctx.numTargets !== undefined ? 'regression' : ctx.numClasses !== undefined ? 'classification' : undefined;

export const outputActivation = (p: OutputParams): Exclude<OutputParams['activation'], 'auto'> =>
  p.activation !== 'auto' ? p.activation : p.task === 'classification' ? 'softmax' : 'linear';

/** The head: a Dense layer whose units default to the dataset's classes and whose task picks loss and metrics. */
export const output = defineLayer({
  kind: 'output',
  label: 'Output',
  category: 'output',
  description: 'The prediction head: class probabilities (classification) or numbers (regression).',
  idPrefix: 'output',
  usuallySingle: true,
  params,
  arity: { min: 1, max: 1 },
  inferShape(inputs, p, ctx) {
    const flat = flatInput(inputs);
    if (!flat.ok) return flat.result;
    const task = datasetTask(ctx);
    if (task && task !== p.task)
      return fail('OUTPUT_TASK_MISMATCH', `is set to ${p.task} but the dataset is for ${task}`, { field: 'task' });
    const units = outputUnits(p, ctx);
    if (units === undefined)
      return fail('OUTPUT_UNITS_UNKNOWN', "units are 'auto' but no dataset is chosen", { field: 'units' });
    if (p.task === 'classification' && ctx.numClasses !== undefined && units !== ctx.numClasses) {
      return fail('OUTPUT_UNITS_MISMATCH', `has ${units} units but the dataset has ${ctx.numClasses} classes`, {
        field: 'units',
      });
    }
    if (p.task === 'regression' && ctx.numTargets !== undefined && units !== ctx.numTargets) {
      return fail(
        'OUTPUT_UNITS_MISMATCH',
        `has ${units} units but the dataset has ${ctx.numTargets} target${ctx.numTargets === 1 ? '' : 's'}`,
        { field: 'units', hint: "Set the Output node's units to 'auto' or to the dataset's number of target columns." },
      );
    }
    return ok([units]);
  },
  cost(inputs, output) {
    const n = inputs[0]?.[0] ?? 0,
      u = output[0] ?? 0;
    return { params: n * u + u, flops: 2 * n * u + activationFlops('softmax', u) };
  },
  describe: (p, ctx) => `${p.task}, ${outputUnits(p, ctx) ?? 'auto'} × ${outputActivation(p)}`,
  toTorch(p, ctx) {
    const units = outputUnits(p, ctx);
    if (units === undefined) throw new Error("output units 'auto' need the dataset's class count");
    return {
      module: `nn.Linear(${ctx.inputShapes[0]?.[0]}, ${units})`,
      forward: torchActivation(outputActivation(p), `self.${ctx.attr}(${ctx.inputs[0]})`),
      weights: [{ tfjs: 'kernel', torch: 'weight', layout: 'denseKernel' }, ...torchBias(true)],
    };
  },
  toKeras(p, ctx) {
    const units = outputUnits(p, ctx);
    if (units === undefined) throw new Error("output units 'auto' need the dataset's class count");
    return { layers: [`layers.Dense(${units}, activation=${py(outputActivation(p))}, name=${py(ctx.name)})`] };
  },
  toTfjs(tf, p, ctx) {
    const units = outputUnits(p, ctx);
    if (units === undefined) throw new Error("output units 'auto' need the dataset's class count");
    return [tf.layers.dense({ name: ctx.name, units, activation: outputActivation(p) })];
  },
  toOnnx: (onnx, p, ctx) =>
    onnx.activation(onnx.op('Gemm', [ctx.inputs[0]!, onnx.weight('kernel'), onnx.weight('bias')]), outputActivation(p)),
});
