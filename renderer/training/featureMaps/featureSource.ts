/** Which feature maps the panel shows: the live stream while training, else the latest probe. */
import type { FeatureMap } from '../../../engine/core/train/protocol';
import { isLive, runOf, type Session } from '../../store/session';
import type { ProbeState } from '../../store/trainingState';

export interface ShownMaps {
  maps: FeatureMap[];
  kind: 'live' | 'trained' | 'untrained';
  /** e.g. "epoch 2 · batch 140". */
  detail: string;
  probeIndex: number;
  probeLabel: number;
}

/** `session` and `probe` are the open project's: the maps are always of the graph being shown. */
export function shownMaps(session: Session, probe: ProbeState): ShownMaps | null {
  const run = runOf(session);
  const live = run?.maps;
  if (live && (isLive(session) || !probe.result)) {
    return {
      maps: live.maps,
      kind: 'live',
      detail: `epoch ${live.epoch} · batch ${live.batch}`,
      probeIndex: live.probeIndex,
      probeLabel: live.probeLabel,
    };
  }
  if (!probe.result) return null;
  const trained = probe.runId !== null;
  return {
    maps: probe.result.maps,
    kind: trained ? 'trained' : 'untrained',
    detail: trained ? probe.weights : 'random weights, before training',
    probeIndex: probe.result.probeIndex,
    probeLabel: probe.result.probeLabel,
  };
}

/** The maps to draw: the selected node's alone when it has maps, else all of them. */
export function mapsToDraw(
  maps: readonly FeatureMap[],
  selectedIds: readonly string[],
  showAll: boolean,
): { maps: FeatureMap[]; focused: boolean } {
  const selected = selectedIds.length === 1 ? maps.find(m => m.nodeId === selectedIds[0]) : undefined;
  return selected && !showAll ? { maps: [selected], focused: true } : { maps: [...maps], focused: false };
}
