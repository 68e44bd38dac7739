/** Graph-level checks: ids, edges, cycles, one input and one output, arity, reachability. */
import { problem, type Problem } from '../errors';
import { isLayerKind, LAYER_KINDS, layerSpec } from '../layers';
import type { Graph } from '../project/schema';
import type { NodeAnalysis } from './analyze';
import { reachable, type Topology } from './topology';

export interface StructureResult {
  problems: Problem[];
  inputId?: string;
  outputId?: string;
  live: Set<string>;
}

export function checkStructure(graph: Graph, topo: Topology, analysed: Map<string, NodeAnalysis>): StructureResult {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  for (const n of graph.nodes) {
    if (ids.has(n.id)) problems.push(problem('DUPLICATE_ID', `two nodes have the id ${n.id}`, { nodeId: n.id }));
    ids.add(n.id);
    if (!isLayerKind(n.kind)) {
      problems.push(
        problem('UNKNOWN_KIND', `${n.id}: unknown layer kind "${n.kind}"`, {
          nodeId: n.id,
          field: 'kind',
          hint: `Use one of: ${LAYER_KINDS.join(', ')}.`,
        }),
      );
    }
  }
  graph.edges.forEach((e, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(e[end]))
        problems.push(
          problem('EDGE_DANGLING', `edges[${i}]: ${end} "${e[end]}" is not a node`, { field: `edges[${i}].${end}` }),
        );
    }
  });
  const seenEdges = new Set<string>();
  graph.edges.forEach((e, i) => {
    const key = JSON.stringify([e.source, e.target]);
    if (seenEdges.has(key))
      problems.push(
        problem('EDGE_DUPLICATE', `edges[${i}]: ${e.source} → ${e.target} is connected twice`, {
          nodeId: e.target,
          field: `edges[${i}]`,
        }),
      );
    seenEdges.add(key);
  });
  const loop = nodesOnLoops(topo);
  if (loop.length) {
    problems.push(problem('GRAPH_CYCLE', `the graph has a loop through ${loop.join(' → ')}`, { nodeId: loop[0]! }));
  }

  const ofKind = (kind: string) => graph.nodes.filter(n => n.kind === kind).map(n => n.id);
  const inputs = ofKind('input'),
    outputs = ofKind('output');
  if (!inputs.length) problems.push(problem('NO_INPUT_NODE', 'the graph has no Input node'));
  if (!outputs.length) problems.push(problem('NO_OUTPUT_NODE', 'the graph has no Output node'));
  for (const id of inputs.slice(1))
    problems.push(problem('MULTIPLE_INPUT_NODES', `${id}: a second Input node`, { nodeId: id }));
  for (const id of outputs.slice(1))
    problems.push(problem('MULTIPLE_OUTPUT_NODES', `${id}: a second Output node`, { nodeId: id }));

  for (const n of analysed.values()) {
    const { arity, label } = layerSpec(n.kind);
    const count = n.inputs.length;
    if (count === 0 && arity.min > 0)
      problems.push(problem('INPUT_MISSING', `${n.id} (${label}): nothing is connected into it`, { nodeId: n.id }));
    else if (arity.min >= 2 && count < arity.min)
      problems.push(
        problem('MERGE_TOO_FEW_INPUTS', `${n.id} (${label}): needs at least ${arity.min} inputs, has ${count}`, {
          nodeId: n.id,
        }),
      );
    else if (count > arity.max)
      problems.push(
        problem(
          'TOO_MANY_INPUTS',
          `${n.id} (${label}): takes ${arity.max === 0 ? 'no inputs' : arity.max === 1 ? 'one input' : `at most ${arity.max} inputs`} but ${count} are connected`,
          {
            nodeId: n.id,
            ...(arity.max > 1 && {
              hint: `Merge some branches in another ${label} node first: one node takes at most ${arity.max}.`,
            }),
          },
        ),
      );
  }

  const inputId = inputs[0],
    outputId = outputs[0];
  const fromInput = inputId ? reachable([inputId], topo.outgoing) : new Set<string>();
  const toOutput = outputId ? reachable([outputId], topo.incoming) : new Set<string>();
  const live = new Set([...fromInput].filter(id => toOutput.has(id)));
  if (inputId && outputId && !live.has(outputId)) {
    problems.push(
      problem('UNREACHABLE', `${outputId} (Output) is not connected to ${inputId} (Input)`, {
        nodeId: outputId,
        hint: 'Connect a path of layers from the Input to the Output.',
      }),
    );
  }
  for (const n of graph.nodes) {
    if (live.size && !live.has(n.id) && isLayerKind(n.kind) && !topo.cyclic.includes(n.id)) {
      problems.push(
        problem('UNREACHABLE', `${n.id}: not on a path from the Input to the Output, so it will not be trained`, {
          nodeId: n.id,
          severity: 'warning',
        }),
      );
    }
  }
  return { problems, live, ...(inputId && { inputId }), ...(outputId && { outputId }) };
}

/** Of the nodes left out of the topological order, those that lie on a loop (not just behind one). */
function nodesOnLoops(topo: Topology): string[] {
  const cyclic = new Set(topo.cyclic);
  const within = new Map([...cyclic].map(id => [id, topo.outgoing.get(id)!.filter(t => cyclic.has(t))]));
  return topo.cyclic.filter(id => reachable(within.get(id)!, within).has(id));
}
