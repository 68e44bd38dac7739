/** A graph's errors as the one error a command or a request stops with: the first, and how many more. */
import { ConvasError, type Problem } from '../errors';

/**
 * Null when `problems` holds no error. `where` goes before the message (a file name); `more` after the
 * count (what to run to see them all).
 * @example throw graphError(analysis.problems, { where: 'lenet.convas.json', more: 'run convas validate' });
 * // "lenet.convas.json: conv1 (Conv 2D): … (and 2 more problems: run convas validate)"
 */
export function graphError(
  problems: readonly Problem[],
  { where, more }: { where?: string; more?: string } = {},
): ConvasError | null {
  const errors = problems.filter(p => p.severity === 'error');
  const first = errors[0];
  if (!first) return null;
  const rest = errors.length - 1;
  const count = rest > 0 ? ` (and ${rest} more problem${rest > 1 ? 's' : ''}${more ? `: ${more}` : ''})` : '';
  return new ConvasError(first.code, `${where ? `${where}: ` : ''}${first.message}${count}`, first.hint, errors);
}
