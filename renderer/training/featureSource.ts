/** Which feature maps the panel shows: the live stream while training, else the latest probe. */
import type { FeatureMap } from '../../engine/train/protocol';
import type { Project } from '../../engine/project/schema';
import { graphSignature } from './projectAccess';
import { isLive, runOf, type Session } from './session';
import type { ProbeState } from './trainingState';

export interface ShownMaps {
  maps: FeatureMap[];
  kind: 'live' | 'trained' | 'untrained';
  /** e.g. "epoch 2 · batch 140". */
  detail: string;
  probeIndex: number;
  probeLabel: number;
}

export function shownMaps(session: Session, probe: ProbeState): ShownMaps | null {
  const run = runOf(session);
  const live = run?.maps;
  if (live && (isLive(session) || !probe.result)) {
    return { maps: live.maps, kind: 'live', detail: `epoch ${live.epoch} · batch ${live.batch}`, probeIndex: live.probeIndex, probeLabel: live.probeLabel };
  }
  if (!probe.result) return null;
  return {
    maps: probe.result.maps,
    kind: probe.trained ? 'trained' : 'untrained',
    detail: probe.trained ? probe.weights : 'random weights, before training',
    probeIndex: probe.resultIndex,
    probeLabel: probe.result.probeLabel,
  };
}

/** The maps to draw: the selected node's alone when it has maps, else all of them. */
export function mapsToDraw(maps: readonly FeatureMap[], selectedIds: readonly string[], showAll: boolean): { maps: FeatureMap[]; focused: boolean } {
  const selected = selectedIds.length === 1 ? maps.find(m => m.nodeId === selectedIds[0]) : undefined;
  return selected && !showAll ? { maps: [selected], focused: true } : { maps: [...maps], focused: false };
}

/** The run folder whose weights fit the graph being edited, and what they are, if there is one. */
export function weightsFor(session: Session, project: Project): { dir: string; label: string } | undefined {
  const run = runOf(session);
  if (!run || graphSignature(run.project) !== graphSignature(project)) return undefined;
  if (JSON.stringify(run.project.dataset) !== JSON.stringify(project.dataset)) return undefined;
  if (session.phase === 'done' && (run.batches.length > 0 || run.checkpointEpoch !== null)) return { dir: run.outDir, label: 'trained weights' };
  return run.checkpointEpoch !== null ? { dir: run.outDir, label: `weights after epoch ${run.checkpointEpoch}` } : undefined;
}
