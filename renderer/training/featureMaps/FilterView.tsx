import { useMemo } from 'react';
import type { ProbeResult } from '../../../electron/contract/hostApi';
import { DIVERGING_LUT } from './colorMap';
import { filtersAsMaps, symmetricRange, channelRanges, unionRange } from './featureGrid';
import { LayerMaps } from './LayerMaps';

/** The first conv layer's kernels as small pictures: blue negative, white zero, red positive. */
export function FilterView({ filters, weights }: { filters: NonNullable<ProbeResult['filters']>; weights: string }) {
  const maps = useMemo(() => filtersAsMaps(filters.shape, filters.data), [filters]);
  const range = useMemo(() => symmetricRange(unionRange(channelRanges(maps.data, maps.shape[2] ?? 1))), [maps]);
  const [kh, kw, cin, cout] = filters.shape;
  const note = `${cout} filters of ${kh} × ${kw}${(cin ?? 1) > 1 ? `, averaged over ${cin} input channels` : ''} · ${weights}`;
  return (
    <LayerMaps
      title={`Filters of ${filters.nodeId}`}
      subtitle={note}
      shape={maps.shape}
      data={maps.data}
      lut={DIVERGING_LUT}
      scale="layer"
      range={range}
      tilePx={40}
      unit="Filter"
    />
  );
}
