import { useEffect, useState } from 'react';
import { useApp } from '../store';
import { PixelImage } from './PixelImage';

interface Props {
  imageShape: readonly number[];
  className: string | null;
}

/** The test image whose activations are shown; stepping through the test split by index. */
export function ProbePicker({ imageShape, className }: Props) {
  const index = useApp(s => s.training.probe.index);
  const result = useApp(s => s.training.probe.result);
  const resultIndex = useApp(s => s.training.probe.resultIndex);
  const chooseProbe = useApp(s => s.chooseProbe);
  // Until a probe result arrives (e.g. the panel opened mid-run), the dataset sample of that index stands in.
  const sample = useApp(s => (s.training.preview.status === 'ready' ? s.training.preview.preview.samples.find(p => p.index === index) : undefined));
  const [text, setText] = useState(String(index));
  useEffect(() => setText(String(index)), [index]);
  const go = (next: number) => { if (next >= 0 && next !== index) chooseProbe(next); };

  return (
    <div className="fm-probe">
      <div className="fm-probe__image">
        {result && resultIndex === index
          ? <PixelImage pixels={result.image} shape={imageShape} label={`Probe image ${index}${className ? `, class ${className}` : ''}`} size={64} />
          : sample
            ? <PixelImage pixels={sample.pixels} shape={imageShape} label={`Probe image ${index}${className ? `, class ${className}` : ''}`} size={64} />
            : <div className="fm-probe__placeholder" aria-hidden="true" />}
      </div>
      <div className="fm-probe__controls">
        <span className="fm-probe__title">Probe image</span>
        <div className="fm-probe__row">
          <button type="button" className="tp-button tp-button--quiet" aria-label="Previous probe image" onClick={() => go(index - 1)} disabled={index === 0}>‹</button>
          <input type="number" min={0} step={1} aria-label="Probe image index (test split)" value={text}
            onChange={e => setText(e.target.value)}
            onBlur={() => go(Math.floor(Number(text)) || 0)}
            onKeyDown={e => { if (e.key === 'Enter') go(Math.floor(Number(text)) || 0); }} />
          <button type="button" className="tp-button tp-button--quiet" aria-label="Next probe image" onClick={() => go(index + 1)}>›</button>
        </div>
        <span className="tp-note">{className !== null ? `class “${className}”` : 'test split'}</span>
      </div>
      <ProbeSamples imageShape={imageShape} current={index} onPick={go} />
    </div>
  );
}

/** One test image per class from the dataset preview, each a button that makes it the probe. */
function ProbeSamples({ imageShape, current, onPick }: { imageShape: readonly number[]; current: number; onPick(index: number): void }) {
  const preview = useApp(s => s.training.preview);
  if (preview.status !== 'ready') return null;
  const { samples, info } = preview.preview;
  const regression = info.task === 'regression';
  // One image per class; a regression has no classes, so the first few.
  const choices = regression ? samples.slice(0, 10) : samples.filter((s, i) => samples.findIndex(t => t.label === s.label) === i);
  return (
    <div className="fm-probe__samples" role="group" aria-label="Pick a probe image">
      {choices.map(s => (
        <button key={s.index} type="button" className="fm-probe__sample" aria-pressed={s.index === current}
          aria-label={`Probe test image ${s.index}${regression ? '' : `, class ${info.classNames[s.label] ?? s.label}`}`} onClick={() => onPick(s.index)}>
          <PixelImage pixels={s.pixels} shape={imageShape} label="" size={28} />
        </button>
      ))}
    </div>
  );
}
