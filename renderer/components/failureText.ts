/** What a failed part of the UI says, as plain text (never HTML: an error message may hold anything). */
import { toUserError } from '../shared/userError';

const MAX_MESSAGE = 600;

export function failureText(area: string, error: unknown): { title: string; message: string } {
  const { message } = toUserError(error);
  const text = message.trim() || 'An unknown error (nothing was thrown with it).';
  return {
    title: `The ${area} stopped working`,
    message: text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text,
  };
}
