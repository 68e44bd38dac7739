/** Text or object → a valid Project, or a ConvasError that names the field at fault. */
import type { z } from 'zod';
import { ConvasError } from '../errors';
import { migrateProject } from './migrations';
import { projectSchema, type Project } from './schema';

function jsonPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  const offset = m ? Number(m[1]) : /end of JSON/i.test(message) ? text.trimEnd().length : undefined;
  if (offset === undefined) return '';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** `nodes[2] (conv1).params` style path for a zod issue. */
function fieldPath(path: PropertyKey[], raw: unknown): string {
  let text = '';
  let cursor: unknown = raw;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text ? `.${String(key)}` : String(key);
    cursor = (cursor as Record<PropertyKey, unknown> | undefined)?.[key];
    const id = (cursor as { id?: unknown } | undefined)?.id;
    if (typeof key === 'number' && typeof id === 'string') text += ` (${id})`;
  }
  return text || '(top level)';
}

export function schemaError(error: z.ZodError, raw: unknown): ConvasError {
  const issue = error.issues[0]!;
  const path = fieldPath(issue.path, raw);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return new ConvasError('FILE_SCHEMA', `${path}: ${issue.message}${more}`);
}

/**
 * Validates a parsed project object (after migrating it to the current version).
 * @example parseProject({ version: 1, name: 'x', nodes: [], edges: [], dataset: { kind: 'builtin', name: 'mnist' } })
 */
export function parseProject(raw: unknown): Project {
  const migrated = migrateProject(raw);
  const result = projectSchema.safeParse(migrated);
  if (!result.success) throw schemaError(result.error, migrated);
  return result.data;
}

export function parseProjectText(text: string): Project {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new ConvasError('FILE_NOT_JSON', `not valid JSON${jsonPosition(text, message)}: ${message}`);
  }
  return parseProject(raw);
}
