import { openDataset } from '../../../engine/data/load';
import type { SplitSource } from '../../../engine/core/data/types';
import { ConvasError } from '../../../engine/core/errors';
import { analyzeGraph } from '../../../engine/core/graph/analyze';
import { augmentationChain } from '../../../engine/core/graph/augmentation';
import { inputShapeOf } from '../../../engine/core/graph/inputShape';
import { previewAugmentation } from '../../../engine/tf/augment/preview';
import type { HostHandlers, ServiceContext } from '../serviceContext';

/** The first `count` images of the splits in turn, uint8 h × w × c each. */
async function firstImages(splits: SplitSource[], count: number): Promise<Uint8Array[]> {
  const images: Uint8Array[] = [];
  for (const split of splits) {
    for (let i = 0; i < split.count && images.length < count; i++) images.push((await split.item(i)).pixels);
  }
  return images;
}

/** Augmentation previews: dataset images before and after a chain of augmentation nodes, on the host's backend. */
export function registerAugmentHandlers(ctx: ServiceContext): Pick<HostHandlers, 'previewAugmentation'> {
  return {
    async previewAugmentation({ project, baseDir, nodeId, seed, count }) {
      augmentationChain(analyzeGraph(project), nodeId); // fails fast on a bad node, before any image is read
      const imageShape = inputShapeOf(project);
      if (!imageShape)
        throw new ConvasError(
          'NO_INPUT_NODE',
          'the graph needs exactly one Input node with a valid shape to preview augmentation',
        );
      const { validationSplit, testSplit, seed: splitSeed } = project.training;
      // A few images: decoded on this thread rather than by a pool of decode threads started for them.
      const data = await openDataset(
        project.dataset,
        baseDir ?? ctx.defaultBaseDir,
        { validationSplit, testSplit, seed: splitSeed, imageShape },
        { inProcess: true },
      );
      try {
        if (data.imageShape.join() !== imageShape.join()) {
          throw new ConvasError(
            'INPUT_SHAPE_MISMATCH',
            `the Input node's shape ${imageShape.join('×')} does not match the dataset's ${data.imageShape.join('×')} images`,
          );
        }
        // Test images first, as the dataset preview and probes show; a new seed re-rolls the augmentation, never the images.
        const inputs = await firstImages([data.test, data.train], count);
        const block = new Uint8Array(inputs.reduce((n, image) => n + image.length, 0));
        inputs.forEach((image, i) => block.set(image, i * (inputs[0]?.length ?? 0)));
        await ctx.backend();
        const preview = previewAugmentation(project, nodeId, block, inputs.length, seed);
        // Copies: each image in a buffer of its own, so ipc and the wire carry it and not the block around it.
        const own = (pixels: Uint8Array) => Uint8Array.from(pixels);
        return {
          inputShape: preview.inputShape,
          outputShape: preview.outputShape,
          inputs: inputs.map(own),
          outputs: preview.outputs.map(own),
        };
      } finally {
        await data.close();
      }
    },
  };
}
