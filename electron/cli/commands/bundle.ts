/** `convas bundle` packs a project and its runs into one .convas file; `convas open-bundle` unpacks one. */
import path from 'node:path';
import type { Command } from 'commander';
import { BUNDLE_EXTENSION, openBundle, writeBundle } from '../../../engine/bundle';
import { ConvasError } from '../../../engine/core/errors';
import { loadProjectFile } from '../../../engine/project/files';
import { appDirs } from '../../service/appDirs';

export function registerBundle(program: Command): void {
  program
    .command('bundle')
    .description('pack a project, its trained runs and a thumbnail into one .convas file to hand out or hand in')
    .argument('<file>', 'project file (*.convas.json)')
    .option('--runs <dirs...>', 'run folders written by convas train (each holds run.json and model.json)', [])
    .requiredOption('--out <file>', `bundle to write (*${BUNDLE_EXTENSION})`)
    .option('--json', 'end with one JSON object on stdout')
    .action(async (file: string, opts: { runs: string[]; out: string; json?: boolean }) => {
      if (!opts.out.endsWith(BUNDLE_EXTENSION)) {
        throw new ConvasError(
          'FILE_UNREADABLE',
          `--out: ${opts.out} does not end in ${BUNDLE_EXTENSION}`,
          `Name the bundle like class-1${BUNDLE_EXTENSION}.`,
        );
      }
      const { project } = await loadProjectFile(file);
      const written = await writeBundle(project, opts.runs, opts.out);
      console.log(
        `Bundled ${project.name} with ${written.runs.length} run${written.runs.length === 1 ? '' : 's'} into ${written.file} (${written.bytes} bytes)`,
      );
      if (opts.json) console.log(JSON.stringify(written));
    });

  program
    .command('open-bundle')
    .description(
      "unpack a .convas bundle into a new folder under Convas' data folder and print where the project and runs are",
    )
    .argument('<file>', `bundle (*${BUNDLE_EXTENSION})`)
    .option('--json', 'end with one JSON object on stdout')
    .action(async (file: string, opts: { json?: boolean }) => {
      const opened = await openBundle(path.resolve(file), appDirs().data);
      console.log(`Opened ${opened.project.name} into ${opened.dir}`);
      console.log(`Project: ${opened.projectFile}`);
      for (const run of opened.runs) console.log(`Run ${run.name}: ${run.dir}`);
      if (opts.json)
        console.log(JSON.stringify({ dir: opened.dir, projectFile: opened.projectFile, runs: opened.runs }));
    });
}
