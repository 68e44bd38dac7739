/** The project name as typed: the file's own limit (engine/core/project/schema.ts), and what to say when it is not met. Pure. */
import { projectSchema } from '../../engine/core/project/schema';

export const NAME_MAX = projectSchema.shape.name.maxLength ?? 200;

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/** The name to keep (trimmed), or why `text` cannot be the project's name. */
export function checkProjectName(text: string): NameCheck {
  const name = text.trim();
  if (!name) return { ok: false, message: 'A project needs a name.' };
  // Counted as the schema counts (UTF-16 units), so the field refuses exactly what the file would.
  if (name.length > NAME_MAX)
    return { ok: false, message: `Names are at most ${NAME_MAX} characters (this one has ${name.length})` };
  return { ok: true, name };
}
