/**
 * Where augmentation nodes may sit: right after the Input, or after another augmentation node.
 * They change the images themselves, and the image warps have no gradient, so nothing trainable
 * may come before them.
 */
import { ConvasError, problem, type Problem } from '../errors';
import { layerSpec, type LayerKind } from '../layers';
import type { NodeAnalysis } from './analyze';

const isAugmentation = (kind: LayerKind): boolean => layerSpec(kind).category === 'augmentation';
const mayFeedAugmentation = (kind: LayerKind): boolean => kind === 'input' || isAugmentation(kind);

/**
 * One problem per augmentation node fed by anything but the Input or another augmentation node.
 * @example checkAugmentationPlacement(byId) // [{ code: 'AUGMENTATION_PLACEMENT', nodeId: 'flip', … }] for conv1 → flip
 */
export function checkAugmentationPlacement(byId: Map<string, NodeAnalysis>): Problem[] {
  const problems: Problem[] = [];
  for (const node of byId.values()) {
    if (!isAugmentation(node.kind)) continue;
    // Sources missing from byId (unknown kinds, loops) have problems of their own.
    const wrong = node.inputs.map(id => byId.get(id)).find(source => source && !mayFeedAugmentation(source.kind));
    if (!wrong) continue;
    const { label } = layerSpec(node.kind);
    problems.push(
      problem(
        'AUGMENTATION_PLACEMENT',
        `${node.id} (${label}): comes after ${wrong.id} (${layerSpec(wrong.kind).label}); augmentation must come right after the Input`,
        { nodeId: node.id },
      ),
    );
  }
  return problems;
}

/**
 * The nodes from the Input to the augmentation node `nodeId`, in order, with their shapes known.
 * Throws a ConvasError when `nodeId` is not an augmentation node or the chain has a problem.
 * @example augmentationChain(analysis, 'crop').map(n => n.id) // ['in', 'flip', 'crop']
 */
export function augmentationChain(
  analysis: { byId: Map<string, NodeAnalysis>; problems: Problem[] },
  nodeId: string,
): NodeAnalysis[] {
  const target = analysis.byId.get(nodeId);
  if (!target || !isAugmentation(target.kind)) {
    const what = target ? `a ${layerSpec(target.kind).label} node` : 'not a node of this graph';
    throw new ConvasError('NOT_AUGMENTATION', `${nodeId} is ${what}, not an augmentation node`);
  }
  const chain: NodeAnalysis[] = [];
  for (
    let node: NodeAnalysis | undefined = target;
    node;
    node = node.inputs[0] ? analysis.byId.get(node.inputs[0]) : undefined
  ) {
    const trouble = analysis.problems.find(p => p.nodeId === node!.id && p.severity === 'error');
    if (trouble) throw new ConvasError(trouble.code, trouble.message, trouble.hint, [trouble]);
    chain.unshift(node);
    if (node.kind === 'input') break;
  }
  const first = chain[0]!;
  if (first.kind !== 'input' || chain.some(n => !n.shape)) {
    throw new ConvasError(
      'INPUT_MISSING',
      `${nodeId}: no path of augmentation nodes leads to it from the Input`,
      'Connect it to the Input node, directly or through other augmentation nodes.',
    );
  }
  return chain;
}
