import type { FailureProps } from './ErrorBoundary';
import { failureText } from './failureText';
import { Icon } from './Icon';

/** What a failed panel shows in its place: what failed, why, and a button that remounts it. */
export function PanelFailure({ area, error, reload }: FailureProps) {
  const { title, message } = failureText(area, error);
  return (
    <div className="panel-failure" role="alert">
      <p className="panel-failure__title">
        <Icon name="error" /> {title}
      </p>
      <pre className="panel-failure__message">{message}</pre>
      <p className="panel-failure__note">Your project is kept: the rest of Convas works, and Save saves it.</p>
      <button type="button" className="btn" onClick={reload}>
        Reload this panel
      </button>
    </div>
  );
}
