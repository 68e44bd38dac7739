import { randomUUID } from 'node:crypto';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { DatasetReport } from '../../../engine/core/data/report/types';
import { ConvasError } from '../../../engine/core/errors';
import { RESIZE_MODES, type DatasetSpec, type ResizeMode } from '../../../engine/core/project/schema';
import { createLocalHost } from '../../service/localHost';
import { reportTarget, writeSampleGrid } from '../../service/useCases/reportTarget';
import { errorLine, jsonLine, table } from '../output';

interface DataFlags {
  shape?: string;
  resize?: string;
  csvImageColumn?: string;
  csvLabelColumn?: string;
  task?: string;
  json?: boolean;
  samples?: string;
}

const LISTED_FILES = 5;

export function registerData(program: Command): void {
  program
    .command('data')
    .description(
      'read every image of a dataset and report what is in it and what is wrong with it (never writes to it)',
    )
    .argument('<path>', 'an image folder, a CSV file of image paths and labels, or a project file (*.convas.json)')
    .option(
      '--shape <HxWxC>',
      "the size images are decoded to, e.g. 32x32x3 (default: the project's Input, else 64x64x3)",
    )
    .option('--resize <mode>', `${RESIZE_MODES.join('|')} (default: the project's, else stretch)`)
    .option('--csv-image-column <name>', 'CSV: the column of image paths')
    .option('--csv-label-column <names>', 'CSV: the label column (several, comma-separated, for regression targets)')
    .option('--task <task>', 'CSV: classification|regression (default classification)')
    .option('--samples <file.png>', 'also write a PNG grid of sample images per class there')
    .option('--json', 'print the report as one JSON object on stdout')
    .action(async (target: string, flags: DataFlags) => {
      const choices = {
        ...(flags.shape && { shape: parseShape(flags.shape) }),
        ...(flags.resize && { resize: parseResize(flags.resize) }),
        ...(flags.csvImageColumn && { csvImageColumn: flags.csvImageColumn }),
        ...(flags.csvLabelColumn && { csvLabelColumn: flags.csvLabelColumn }),
        ...(flags.task && { task: flags.task }),
      };
      const request = await reportTarget(target, choices);
      const samplesFile = flags.samples ? path.resolve(flags.samples) : undefined;
      const bar = flags.json
        ? undefined
        : new cliProgress.SingleBar(
            {
              stream: process.stderr,
              format: 'reading {bar} {value}/{total} files',
              hideCursor: true,
              clearOnComplete: true,
            },
            cliProgress.Presets.shades_classic,
          );
      let started = false;
      const requestId = randomUUID();
      const host = createLocalHost();
      const off = host.onEvent(e => {
        if (!bar || e.type !== 'datasetReport' || e.requestId !== requestId) return;
        if (!started) {
          bar.start(e.total, e.done);
          started = true;
        } else bar.update(e.done);
      });
      const report = await host.datasetReport({ ...request, requestId }).finally(() => {
        off();
        bar?.stop();
        return host.close();
      });
      if (samplesFile) await writeSampleGrid(samplesFile, report);
      console.log(flags.json ? jsonLine(report) : formatReport(report, request.dataset));
      if (samplesFile && !flags.json) console.log(`Samples: ${samplesFile} (one row per class, in table order)`);
      if (report.refusal) {
        console.error(errorLine(new ConvasError(report.refusal.code, report.refusal.message, report.refusal.hint)));
        process.exitCode = 2;
      }
    });
}

function parseShape(text: string): [number, number, number] {
  const parts = text.toLowerCase().split(/[x×,]/).map(Number);
  if (
    parts.length !== 3 ||
    !parts.every(n => Number.isInteger(n) && n >= 1 && n <= 4096) ||
    (parts[2] !== 1 && parts[2] !== 3)
  ) {
    throw new ConvasError(
      'INPUT_SHAPE_MISMATCH',
      `--shape: "${text}" is not height×width×channels with channels 1 or 3, e.g. 32x32x3`,
    );
  }
  return parts as [number, number, number];
}

function parseResize(text: string): ResizeMode {
  if (!(RESIZE_MODES as readonly string[]).includes(text))
    throw new ConvasError('DATASET_FORMAT', `--resize: "${text}" is not one of ${RESIZE_MODES.join(', ')}`);
  return text as ResizeMode;
}

function formatReport(report: DatasetReport, spec: DatasetSpec): string {
  const { info } = report;
  const lines = [`Dataset ${info.name} — ${report.root}`];
  const resize = spec.kind === 'folder' || spec.kind === 'csv' ? ` (${spec.resize})` : '';
  lines.push(
    `${report.imagesUsable} usable images of ${report.filesScanned} scanned; images as ${info.imageShape.join('×')}${resize}; ${report.splitSource === 'given' ? 'splits given by the dataset' : 'seeded split'}`,
  );
  const rows = report.perClass.map(p => [
    p.className,
    String(p.train),
    String(p.validation),
    String(p.test),
    String(p.train + p.validation + p.test),
  ]);
  const sum = (k: 'train' | 'validation' | 'test') => report.perClass.reduce((n, p) => n + p[k], 0);
  if (rows.length > 1)
    rows.push([
      'total',
      String(sum('train')),
      String(sum('validation')),
      String(sum('test')),
      String(sum('train') + sum('validation') + sum('test')),
    ]);
  lines.push(
    '',
    table([info.task === 'regression' ? 'Images' : 'Class', 'Train', 'Validation', 'Test', 'Total'], rows, [
      false,
      true,
      true,
      true,
      true,
    ]),
  );
  if (report.sizes.length)
    lines.push(`Sizes (w×h): ${report.sizes.map(s => `${s.width}×${s.height} (${s.count})`).join(', ')}`);
  for (const t of report.targets ?? []) lines.push(`Target ${t.name}: min ${t.min}, max ${t.max}, mean ${t.mean}`);
  if (!report.problems.length) lines.push('', 'No problems found.');
  else lines.push('', `Problems (${report.problems.length}):`);
  for (const p of report.problems) {
    lines.push(`  ${p.severity} ${p.kind}: ${p.message}`);
    p.files
      .slice(0, LISTED_FILES)
      .forEach((f, i) => lines.push(`      ${f}${p.reasons?.[i] ? ` — ${p.reasons[i]}` : ''}`));
    if (p.count > Math.min(p.files.length, LISTED_FILES))
      lines.push(`      … and ${p.count - Math.min(p.files.length, LISTED_FILES)} more`);
  }
  return lines.join('\n');
}
