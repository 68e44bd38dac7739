/** What the generated Python files state about the model besides its layers. */
import type { GraphAnalysis } from '../../core/graph/analyze';
import { outputTask } from '../../core/graph/layerContext';
import type { ExportInput } from '../types';

export interface ModelFacts {
  projectName: string;
  /** [h, w, c], channels last as in Convas. */
  inputShape: [number, number, number];
  task: 'classification' | 'regression';
  /** Classification: one name per output unit. */
  classNames: string[];
  /** Regression: one name per output unit. */
  targetNames: string[];
}

/** @example modelFacts(input).task // 'classification' */
export function modelFacts({
  project,
  analysis,
  classNames,
}: Pick<ExportInput, 'project' | 'analysis' | 'classNames'>): ModelFacts {
  const output = outputNode(analysis);
  const units = output.shape?.[0] ?? 1;
  const task = outputTask(analysis);
  const names = (given: string[], prefix: string) =>
    given.length === units ? given : Array.from({ length: units }, (_, i) => `${prefix}${i}`);
  const dataset = project.dataset;
  const columns = dataset.kind === 'csv' ? [dataset.labelColumn].flat() : [];
  return {
    projectName: project.name,
    inputShape: analysis.byId.get(analysis.inputId!)!.shape as [number, number, number],
    task,
    classNames: task === 'classification' ? names(classNames, 'class') : [],
    targetNames: task === 'regression' ? names(columns, 'target') : [],
  };
}

const outputNode = (analysis: GraphAnalysis) => analysis.byId.get(analysis.outputId!)!;
