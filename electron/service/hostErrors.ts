/** Turning anything a handler throws, or a bad payload, into the HostError a client may see. */
import type { z } from 'zod';
import { ConvasError, ERROR_CATALOGUE } from '../../engine/core/errors';
import type { HostError } from '../contract/hostApi';

export type ServiceLogger = (message: string, error?: unknown) => void;

export const BAD_REQUEST_HINT =
  'The UI sent a request the service does not understand; reload the window. If it happens again, please report it.';

export function badRequest(message: string): HostError {
  return { code: 'BAD_REQUEST', message, hint: BAD_REQUEST_HINT };
}

/** `project.nodes[2].params` style path of a zod issue. */
function issuePath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Names the first field at fault, so a client developer sees what to fix.
 * @example badParams('openProject', error) // { code: 'BAD_REQUEST', message: 'openProject: path: Invalid input: expected string, received number', … }
 */
export function badParams(method: string, error: z.ZodError): HostError {
  const issue = error.issues[0];
  // An unknown key is reported on its parent object; name the key itself.
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : (issue?.path ?? []);
  const where = issuePath(path) || '(params)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return badRequest(`${method}: ${where}: ${issue?.message ?? 'invalid params'}${more}`);
}

/**
 * User errors keep their code, message and hint; anything else is a bug: logged here with its
 * stack, and the client gets INTERNAL without internals (paths, stacks) in it.
 */
export function toHostError(method: string, error: unknown, log: ServiceLogger): HostError {
  if (error instanceof ConvasError) return { code: error.code, message: error.message, hint: error.hint };
  log(`convas: internal error in ${method}`, error);
  return {
    code: 'INTERNAL',
    message: `${method} failed because of an internal error (details are in the Convas log).`,
    hint: ERROR_CATALOGUE.INTERNAL,
  };
}

/** Default logger: stderr of the main process / shell, where the stack helps a bug report. */
export const consoleLogger: ServiceLogger = (message, error) => {
  console.error(
    error === undefined
      ? message
      : `${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
};

/**
 * A HostError thrown again in the caller's process (the CLI): the same code, message and hint. A bad
 * request from an in-process caller is a bug of that caller, so it surfaces as INTERNAL.
 * @example throw fromHostError(reply.error); // convas: DATASET_MISSING: … — Check the dataset paths…
 */
export function fromHostError(error: HostError): ConvasError {
  return error.code === 'BAD_REQUEST'
    ? new ConvasError('INTERNAL', error.message, ERROR_CATALOGUE.INTERNAL)
    : new ConvasError(error.code, error.message, error.hint);
}
