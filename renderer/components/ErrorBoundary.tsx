import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { PanelFailure } from './PanelFailure';
import { TestCrashHook } from './TestCrashHook';

export interface FailureProps {
  /** What failed, as the user names it: "Train panel", "Canvas". */
  area: string;
  error: unknown;
  /** Remounts the failed part: its own state is lost, the project in the store is not. */
  reload(): void;
}

interface Props {
  area: string;
  children: ReactNode;
  /** Replaces the default failure box (dialogs show theirs inside a modal). */
  fallback?: (props: FailureProps) => ReactNode;
  /** Class of a box around the default failure, so it takes the failed part's place (a grid area). */
  failureClassName?: string;
}

interface State {
  error: unknown;
  failed: boolean;
  /** Bumped by Reload: a new key remounts the children from scratch. */
  generation: number;
}

/**
 * Keeps a render error inside one part of the app: that part shows what failed and a Reload button,
 * everything else (and the project in the store) carries on.
 * @example <ErrorBoundary area="Canvas"><Canvas /></ErrorBoundary>
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // React reports the error itself (console.error); this adds which part of the UI went down.
    console.warn(
      `[Convas] ${this.props.area} failed and shows a Reload button instead.`,
      info.componentStack ?? '',
      error,
    );
  }

  private reload = () => this.setState(s => ({ error: null, failed: false, generation: s.generation + 1 }));

  override render(): ReactNode {
    const { area, children, fallback, failureClassName } = this.props;
    if (this.state.failed) {
      const props = { area, error: this.state.error, reload: this.reload };
      if (fallback) return fallback(props);
      return failureClassName ? (
        <div className={failureClassName}>
          <PanelFailure {...props} />
        </div>
      ) : (
        <PanelFailure {...props} />
      );
    }
    return (
      <Fragment key={this.state.generation}>
        <TestCrashHook area={area} />
        {children}
      </Fragment>
    );
  }
}
