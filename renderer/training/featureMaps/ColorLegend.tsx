import { cssGradient, type ColorLut } from './colorMap';
import { formatValue } from '../../shared/format';
import type { Range } from './featureGrid';

interface Props {
  lut: ColorLut;
  range: Range | null;
  label: string;
}

/** The colour scale with the values at its ends; `range` null means each tile has its own. */
export function ColorLegend({ lut, range, label }: Props) {
  return (
    <div
      className="fm-legend"
      role="img"
      aria-label={range ? `${label}: ${formatValue(range.min)} to ${formatValue(range.max)}` : `${label}: per channel`}
    >
      <span>{range ? formatValue(range.min) : 'min'}</span>
      <i style={{ background: cssGradient(lut) }} />
      <span>{range ? formatValue(range.max) : 'max'}</span>
    </div>
  );
}
