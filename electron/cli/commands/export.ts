import path from 'node:path';
import type { Command } from 'commander';
import { ConvasError } from '../../../engine/core/errors';
import { EXPORT_FORMATS, exportFormatInfo, EXPORTERS, isExportFormat } from '../../../engine/export';
import { selectBackend } from '../../../engine/tf/backend';
import { layerContextOf } from '../../../engine/core/graph/layerContext';
import { loadTrainedModel } from '../../../engine/tf/trainedModel';
import { loadProjectContext, requireSound } from '../projectContext';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a trained model to another format')
    .argument('<file>', 'project file (*.convas.json)')
    .requiredOption('--weights <dir>', 'folder written by convas train (holds model.json)')
    .option('--format <format>', `one of: ${EXPORT_FORMATS.join(', ')}`, 'tfjs')
    .requiredOption('--out <dir>', 'folder to write the export to')
    .option('--json', 'end with one JSON object on stdout')
    .action(async (file: string, opts: { weights: string; format: string; out: string; json?: boolean }) => {
      if (!isExportFormat(opts.format))
        throw new ConvasError(
          'EXPORT_UNSUPPORTED',
          `--format: "${opts.format}" is not one of ${EXPORT_FORMATS.join(', ')}`,
        );
      const ctx = await loadProjectContext(file);
      requireSound(ctx);
      await selectBackend(process.env.CONVAS_BACKEND);
      const model = await loadTrainedModel(ctx.analysis, path.resolve(opts.weights), layerContextOf(ctx.dataset));
      const outDir = path.resolve(opts.out);
      const exporter = EXPORTERS[opts.format];
      const result = await exporter.write({
        project: ctx.project,
        analysis: ctx.analysis,
        model,
        classNames: ctx.dataset.classNames,
        outDir,
        baseDir: ctx.baseDir,
      });
      model.dispose();
      console.log(`Exported ${exportFormatInfo(opts.format).label} to ${outDir}: ${result.files.join(', ')}`);
      if (opts.json) console.log(JSON.stringify({ format: opts.format, outDir, files: result.files }));
    });
}
