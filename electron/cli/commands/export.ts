import path from 'node:path';
import type { Command } from 'commander';
import { ConvasError } from '../../../engine/core/errors';
import { EXPORT_FORMATS, exportFormatInfo, isExportFormat } from '../../../engine/core/export/formats';
import { exportWeights } from '../../service/useCases/exportWeights';
import { loadProjectContext, requireSound } from '../../service/useCases/projectContext';
import { jsonLine } from '../output';

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
      const { outDir, files } = await exportWeights({
        project: ctx.project,
        analysis: ctx.analysis,
        dataset: ctx.dataset,
        weightsDir: path.resolve(opts.weights),
        format: opts.format,
        outDir: path.resolve(opts.out),
        baseDir: ctx.baseDir,
      });
      console.log(`Exported ${exportFormatInfo(opts.format).label} to ${outDir}: ${files.join(', ')}`);
      if (opts.json) console.log(jsonLine({ format: opts.format, outDir, files }));
    });
}
