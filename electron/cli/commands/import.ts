import path from 'node:path';
import type { Command } from 'commander';
import { ConvasError } from '../../../engine/core/errors';
import { importModelToFile } from '../../service/useCases/importModel';
import { jsonLine } from '../output';

interface ImportFlags {
  out: string;
  weights?: string;
  name?: string;
  datasetFolder?: string;
  json?: boolean;
}

/** `flowers.convas.json` → `flowers-weights`, next to it. */
const defaultWeightsDir = (projectFile: string) => `${projectFile.replace(/(\.convas)?\.json$/i, '')}-weights`;

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'open a TensorFlow.js LayersModel (model.json + weights, e.g. from tensorflowjs_converter or Teachable Machine) or an ONNX model as a Convas project with its weights',
    )
    .argument('<model>', 'the model.json file, or a .onnx file')
    .requiredOption('--out <file>', 'project file to write (*.convas.json)')
    .option('--weights <dir>', 'folder for the imported weights (default: <out>-weights next to the project)')
    .option('--name <name>', 'project name (default: the model folder name)')
    .option(
      '--dataset-folder <dir>',
      'image folder to train on, one subfolder per class, relative to the project (default: images)',
    )
    .option('--json', 'end with one JSON object on stdout')
    .action(async (model: string, flags: ImportFlags) => {
      const out = path.resolve(flags.out);
      if (!out.endsWith('.json'))
        throw new ConvasError(
          'FILE_SCHEMA',
          `--out: "${flags.out}" should be a project file name ending in .convas.json`,
        );
      const weightsDir = path.resolve(flags.weights ?? defaultWeightsDir(out));
      const imported = await importModelToFile(model, out, {
        weightsDir,
        ...(flags.name && { name: flags.name }),
        ...(flags.datasetFolder && { dataset: { kind: 'folder', path: flags.datasetFolder, resize: 'stretch' } }),
      });
      const frozen = imported.project.nodes.filter(n => n.trainable === false).length;
      const relWeights = path.relative(path.dirname(out), weightsDir) || '.';
      console.log(
        `Imported ${imported.project.nodes.length} nodes${frozen ? ` (${frozen} frozen)` : ''} to ${out}; weights in ${weightsDir}`,
      );
      console.log(
        `Fine-tune with: convas train ${path.relative(process.cwd(), out) || out} --initial-weights ${path.relative(process.cwd(), weightsDir) || relWeights}`,
      );
      if (flags.json) console.log(jsonLine({ project: out, weightsDir, nodes: imported.project.nodes.length, frozen }));
    });
}
