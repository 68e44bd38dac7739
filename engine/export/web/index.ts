/** The `web` export: a folder that predicts in any browser, opened from disk or from a static server. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphAnalysis } from '../../core/graph/analyze';
import { outputTask } from '../../core/graph/layerContext';
import type { Project } from '../../core/project/schema';
import { inferenceModel } from '../../tf/inferenceModel';
import { writeFolderAtomically } from '../atomicFolder';
import type { Exporter } from '../types';
import { pageHtml } from './pageHtml';
import { PAGE_SCRIPT } from './pageScript';
import { TFJS_SCRIPTS, tfjsScriptPath } from './tfjsScripts';
import { webModelFiles, type PageFacts } from './webModel';

function pageFacts(project: Project, analysis: GraphAnalysis, inputShape: number[], classNames: string[]): PageFacts {
  const task = outputTask(analysis);
  const d = project.dataset;
  const targets = d.kind === 'csv' ? [d.labelColumn].flat() : [];
  const resize = d.kind === 'folder' || d.kind === 'csv' ? d.resize : 'stretch';
  return { projectName: project.name, inputShape, task, labels: task === 'regression' ? targets : classNames, resize };
}

export const webExporter: Exporter = {
  async write({ model, analysis, outDir, project, classNames }) {
    const shipped = inferenceModel(analysis, model);
    const facts = pageFacts(project, analysis, shipped.inputs[0]!.shape.slice(1) as number[], classNames);
    let files: Awaited<ReturnType<typeof webModelFiles>>;
    try {
      files = await webModelFiles(shipped, facts);
    } finally {
      shipped.dispose();
    }
    const written: [string, string | Uint8Array][] = [
      ...(await Promise.all(
        TFJS_SCRIPTS.map(async s => [s.file, await readFile(tfjsScriptPath(s.from))] as [string, Uint8Array]),
      )),
      ['model.json', files.modelJson],
      ['weights.bin', files.weights],
      ['model.js', files.modelScript],
      ['predict.js', PAGE_SCRIPT],
      ['index.html', pageHtml(project.name, facts.inputShape)],
    ];
    const names = written.map(([name]) => name);
    await writeFolderAtomically(outDir, names, async dir => {
      for (const [name, data] of written) await writeFile(path.join(dir, name), data);
    });
    return { files: names };
  },
};
