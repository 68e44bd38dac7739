/** The convas command line: validate, train and export project files. Exit 0 ok, 2 bad input, 1 internal fault. */
import { Command, CommanderError } from 'commander';
import { ConvasError } from '../../engine/core/errors';
import { registerBundle } from './commands/bundle';
import { registerData } from './commands/data';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerServe } from './commands/serve';
import { registerStart } from './commands/start';
import { registerTrain } from './commands/train';
import { registerValidate } from './commands/validate';
import { errorLine } from './output';

const program = new Command('convas')
  .description('Convas: design, train and export convolutional networks described as graph files.')
  .version(process.env.npm_package_version ?? '0.1.0')
  .exitOverride()
  .showHelpAfterError('(run convas --help for usage)');

registerValidate(program);
registerTrain(program);
registerData(program);
registerExport(program);
registerImport(program);
registerBundle(program);
registerServe(program);
registerStart(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode =
      e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
  } else if (e instanceof ConvasError) {
    console.error(errorLine(e));
    process.exitCode = e.code === 'INTERNAL' ? 1 : 2;
  } else {
    console.error(`convas: internal error (please report it): ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 1;
  }
}
