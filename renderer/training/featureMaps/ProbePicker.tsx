import { useEffect, useId, useState } from 'react';
import { formatNumber } from '../../components/numberRange';
import { parseProbeIndex, testImageCount } from '../../components/probeIndex';
import { useApp } from '../../store';
import { PixelImage } from '../PixelImage';
import { useProjectTraining } from '../../store/projectTraining';
import { useActions } from '../../app/ActionsProvider';

interface Props {
  className: string | null;
}

/** The test image whose activations are shown; stepping through the test split by index. */
export function ProbePicker({ className }: Props) {
  const index = useProjectTraining(t => t.probe.index);
  const result = useProjectTraining(t => t.probe.result);
  const { chooseProbe } = useActions();
  // Until a probe result arrives (e.g. the panel opened mid-run), the dataset sample of that index stands in.
  const preview = useApp(s => (s.training.preview.status === 'ready' ? s.training.preview.preview : undefined));
  const sample = preview?.samples.find(p => p.index === index);
  // The range comes from the dataset preview's count of test images (unknown until it is read).
  const count = useApp(s =>
    s.training.preview.status === 'ready' ? testImageCount(s.training.preview.preview) : null,
  );
  const [text, setText] = useState(String(index));
  const [error, setError] = useState<string | null>(null);
  const rangeId = useId();
  const errorId = useId();
  useEffect(() => {
    setText(String(index));
    setError(null);
  }, [index]);
  const go = (next: number) => {
    if (next >= 0 && (count === null || next < count) && next !== index) chooseProbe(next);
  };
  const commit = () => {
    const draft = parseProbeIndex(text, count);
    if (!draft.ok) return setError(draft.message);
    setError(null);
    go(draft.index);
  };
  const last = count === null ? null : count - 1;

  return (
    <div className="fm-probe">
      <div className="fm-probe__image">
        {result && result.probeIndex === index ? (
          <PixelImage
            pixels={result.image}
            shape={result.imageShape}
            label={`Probe image ${index}${className ? `, class ${className}` : ''}`}
            size={64}
          />
        ) : sample && preview ? (
          <PixelImage
            pixels={sample.pixels}
            shape={preview.info.imageShape}
            label={`Probe image ${index}${className ? `, class ${className}` : ''}`}
            size={64}
          />
        ) : (
          <div className="fm-probe__placeholder" aria-hidden="true" />
        )}
      </div>
      <div className="fm-probe__controls">
        <span className="fm-probe__title">Probe image</span>
        <div className="fm-probe__row">
          <button
            type="button"
            className="tp-button tp-button--quiet"
            aria-label="Previous probe image"
            onClick={() => go(index - 1)}
            disabled={index === 0}
          >
            ‹
          </button>
          <input
            type="number"
            min={0}
            {...(last !== null && { max: last })}
            step={1}
            aria-label="Probe image index (test split)"
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${rangeId} ${errorId}` : rangeId}
            onChange={e => {
              setText(e.target.value);
              setError(null);
            }}
            onBlur={commit}
            onKeyDown={e => {
              if (e.key === 'Enter') commit();
            }}
          />
          <button
            type="button"
            className="tp-button tp-button--quiet"
            aria-label="Next probe image"
            onClick={() => go(index + 1)}
            disabled={last !== null && index >= last}
          >
            ›
          </button>
        </div>
        <span id={rangeId} className="tp-note">
          {last === null ? 'test split' : `0–${formatNumber(last)} in the test split`}
          {className !== null ? ` · class “${className}”` : ''}
        </span>
        {error && (
          <span id={errorId} className="tp-field__error" role="alert">
            {error}
          </span>
        )}
      </div>
      <ProbeSamples current={index} onPick={go} />
    </div>
  );
}

/** One test image per class from the dataset preview, each a button that makes it the probe. */
function ProbeSamples({ current, onPick }: { current: number; onPick(index: number): void }) {
  const preview = useApp(s => s.training.preview);
  if (preview.status !== 'ready') return null;
  const { samples, info } = preview.preview;
  // The preview's own shape: the canvas may already show another Input while a new preview loads.
  const sampleShape = info.imageShape;
  const regression = info.task === 'regression';
  // One image per class; a regression has no classes, so the first few.
  const choices = regression
    ? samples.slice(0, 10)
    : samples.filter((s, i) => samples.findIndex(t => t.label === s.label) === i);
  return (
    <div className="fm-probe__samples" role="group" aria-label="Pick a probe image">
      {choices.map(s => (
        <button
          key={s.index}
          type="button"
          className="fm-probe__sample"
          aria-pressed={s.index === current}
          aria-label={`Probe test image ${s.index}${regression ? '' : `, class ${info.classNames[s.label] ?? s.label}`}`}
          onClick={() => onPick(s.index)}
        >
          <PixelImage pixels={s.pixels} shape={sampleShape} label="" size={28} />
        </button>
      ))}
    </div>
  );
}
