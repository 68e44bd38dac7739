import './augmentationPreview.css';
import { useState } from 'react';
import type { AugmentationPreview as Preview } from '../../../electron/contract/hostApi';
import { useAnalysis } from '../../store/useAnalysis';
import { PixelImage } from '../../training/PixelImage';
import { useAugmentationPreview } from './useAugmentationPreview';

const newSeed = () => Math.floor(Math.random() * 2 ** 31);
const SIZE = 30;

function Grid({ label, images, shape }: { label: string; images: Uint8Array[]; shape: number[] }) {
  return (
    <figure className="aug-preview__grid" role="group" aria-label={label}>
      <figcaption>{label}</figcaption>
      <div className="aug-preview__cells">
        {images.map((pixels, i) => (
          <PixelImage key={i} pixels={pixels} shape={shape} size={SIZE} label={`${label}, image ${i + 1}`} />
        ))}
      </div>
    </figure>
  );
}

function Grids({ preview, nodeId }: { preview: Preview; nodeId: string }) {
  return (
    <div className="aug-preview__grids">
      <Grid label="Before" images={preview.inputs} shape={preview.inputShape} />
      <span className="aug-preview__arrow" aria-hidden="true">
        →
      </span>
      <Grid label={`After ${nodeId}`} images={preview.outputs} shape={preview.outputShape} />
    </div>
  );
}

/** The same dataset images before and after the augmentation chain up to this node, as training draws them. */
export function AugmentationPreview({ nodeId }: { nodeId: string }) {
  const [seed, setSeed] = useState(newSeed);
  const shape = useAnalysis().byId.get(nodeId)?.shape;
  // Only an image reaching this node through valid layers can be shown.
  const ready = shape?.length === 3;
  const { preview, loading, error } = useAugmentationPreview(nodeId, seed, ready);
  return (
    <section className="aug-preview" aria-label="Augmentation preview" aria-busy={ready && loading}>
      <div className="aug-preview__head">
        <h4 className="inspector__subhead">Preview</h4>
        <button
          type="button"
          className="btn aug-preview__reroll"
          onClick={() => setSeed(newSeed())}
          disabled={!ready}
          title="Draw new random changes for the same images"
        >
          Re-roll
        </button>
      </div>
      {!ready ? (
        <p className="inspector__empty" role="status">
          The preview needs an image to reach this node: wire it to the Input through valid layers (see the problems
          above).
        </p>
      ) : (
        <>
          <p className="aug-preview__note">
            Dataset images before → after the random changes up to <code>{nodeId}</code>, drawn as in training.
          </p>
          {preview && <Grids preview={preview} nodeId={nodeId} />}
          {!preview && loading && (
            <p className="inspector__empty" role="status">
              Reading images…
            </p>
          )}
          {error && (
            <div className="problem-card is-error" role="alert">
              <p>No preview: {error.message}</p>
              {error.hint && <p className="problem-card__hint">{error.hint}</p>}
            </div>
          )}
        </>
      )}
    </section>
  );
}
