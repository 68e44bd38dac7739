import type { Command } from 'commander';
import { formatBytes, formatCompactCount, modelTotals, trainingMemoryBytes } from '../../../engine/core/graph/summary';
import { layerSpec } from '../../../engine/core/layers';
import { loadProjectContext } from '../../service/useCases/projectContext';
import { jsonLine, problemLine, table } from '../output';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a project file and print a summary of its layers: output shapes, params, FLOPs and memory')
    .argument('<file>', 'project file (*.convas.json)')
    .option('--json', 'end with one JSON object on stdout')
    .action(async (file: string, opts: { json?: boolean }) => {
      const ctx = await loadProjectContext(file);
      const { analysis, project } = ctx;
      const totals = modelTotals(analysis);
      const memory = trainingMemoryBytes(totals, project.training.batchSize);
      const rows = analysis.nodes.map(n => [
        n.id,
        layerSpec(n.kind).label,
        n.shape ? `(None, ${n.shape.join(', ')})` : '?',
        n.cost ? n.cost.params.toLocaleString('en-US') : '—',
        n.cost ? formatCompactCount(n.cost.flops) : '—',
      ]);
      console.log(`${project.name} — ${ctx.file}`);
      console.log(table(['Node', 'Layer', 'Output shape', 'Params', 'FLOPs'], rows, [false, false, false, true, true]));
      console.log(`Total params: ${totals.params.toLocaleString('en-US')}`);
      console.log(`FLOPs per image (forward): ${formatCompactCount(totals.flops)}`);
      console.log(`Training memory per batch of ${project.training.batchSize}: ~${formatBytes(memory)}`);
      if (ctx.dataset) {
        const d = ctx.dataset;
        const what =
          d.task === 'regression'
            ? `regression on ${d.targetNames?.join(', ') ?? 'one target'}`
            : `${d.classNames.length} classes`;
        console.log(`Dataset: ${d.name}, ${d.imageShape.join('×')} images, ${what}`);
      }
      const lines = analysis.problems.map(p => problemLine(ctx.file, p));
      if (ctx.datasetError)
        lines.unshift(`${ctx.datasetError.message} [error ${ctx.datasetError.code}] — ${ctx.datasetError.hint}`);
      for (const l of lines) console.error(l);
      const ok = analysis.ok && !ctx.datasetError;
      if (!lines.length) console.log('No problems found.');
      if (opts.json) {
        console.log(
          jsonLine({
            ok,
            file: ctx.file,
            name: project.name,
            nodes: analysis.nodes.map(n => ({
              id: n.id,
              kind: n.kind,
              shape: n.shape ?? null,
              params: n.cost?.params ?? null,
              flops: n.cost?.flops ?? null,
            })),
            totals: { params: totals.params, flops: totals.flops, trainingMemoryBytes: memory },
            problems: [
              ...(ctx.datasetError
                ? [
                    {
                      code: ctx.datasetError.code,
                      message: ctx.datasetError.message,
                      hint: ctx.datasetError.hint,
                      severity: 'error',
                    },
                  ]
                : []),
              ...analysis.problems,
            ],
          }),
        );
      }
      if (!ok) process.exitCode = 2;
    });
}
