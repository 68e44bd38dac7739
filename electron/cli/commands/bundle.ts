/** `convas bundle` packs a project and its runs into one .convas file; `convas open-bundle` unpacks one. */
import type { Command } from 'commander';
import { BUNDLE_EXTENSION, bundleProjectFile, openBundleFile, requireBundleName } from '../../service/useCases/bundles';
import { jsonLine } from '../output';

export function registerBundle(program: Command): void {
  program
    .command('bundle')
    .description('pack a project, its trained runs and a thumbnail into one .convas file to hand out or hand in')
    .argument('<file>', 'project file (*.convas.json)')
    .option('--runs <dirs...>', 'run folders written by convas train (each holds run.json and model.json)', [])
    .requiredOption('--out <file>', `bundle to write (*${BUNDLE_EXTENSION})`)
    .option('--json', 'end with one JSON object on stdout')
    .action(async (file: string, opts: { runs: string[]; out: string; json?: boolean }) => {
      requireBundleName(opts.out);
      const { name, written } = await bundleProjectFile(file, opts.runs, opts.out);
      console.log(
        `Bundled ${name} with ${written.runs.length} run${written.runs.length === 1 ? '' : 's'} into ${written.file} (${written.bytes} bytes)`,
      );
      if (opts.json) console.log(jsonLine(written));
    });

  program
    .command('open-bundle')
    .description(
      "unpack a .convas bundle into a new folder under Convas' data folder and print where the project and runs are",
    )
    .argument('<file>', `bundle (*${BUNDLE_EXTENSION})`)
    .option('--json', 'end with one JSON object on stdout')
    .action(async (file: string, opts: { json?: boolean }) => {
      const opened = await openBundleFile(file);
      console.log(`Opened ${opened.project.name} into ${opened.dir}`);
      console.log(`Project: ${opened.projectFile}`);
      for (const run of opened.runs) console.log(`Run ${run.name}: ${run.dir}`);
      if (opts.json) console.log(jsonLine({ dir: opened.dir, projectFile: opened.projectFile, runs: opened.runs }));
    });
}
