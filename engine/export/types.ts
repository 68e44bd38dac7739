import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { GraphAnalysis } from '../core/graph/analyze';
import type { Project } from '../core/project/schema';

export interface ExportInput {
  project: Project;
  analysis: GraphAnalysis;
  /** The compiled graph with the trained weights loaded. */
  model: LayersModel;
  classNames: string[];
  /** The folder to write; created if needed. */
  outDir: string;
  /** The project file's folder: relative dataset paths start here (written into training scripts). */
  baseDir?: string;
}

export interface ExportResult {
  /** Files written, relative to outDir. */
  files: string[];
}

/** One export format's writer: a file of its own in engine/export/, listed once in EXPORTERS (its name and words are in formats.ts). */
export interface Exporter {
  write(input: ExportInput): Promise<ExportResult>;
}
