import type { UserError } from '../shared/userError';

interface Props {
  title: string;
  error: UserError;
  action?: { label: string; onClick(): void };
}

/** A problem the user can fix: what happened, and the hint on what to do. */
export function ErrorBox({ title, error, action }: Props) {
  return (
    <div className="tp-error" role="alert">
      <strong className="tp-error__title">{title}</strong>
      <p className="tp-error__message">{error.message}</p>
      {error.hint && (
        <p className="tp-error__hint">
          <span aria-hidden="true">→ </span>
          {error.hint}
        </p>
      )}
      {action && (
        <button type="button" className="tp-button tp-button--quiet" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}
