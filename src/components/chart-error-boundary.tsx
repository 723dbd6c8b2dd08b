import { Component, type ReactNode } from 'react';

interface Props {
  readonly message: string;
  readonly children: ReactNode;
}

/** Keeps one broken chart from taking the page down; the rest keeps working. */
export class ChartErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="chart-error" role="alert">
          <p>{this.props.message}</p>
          <p className="muted">{this.state.error.message}</p>
        </div>
      );
    }
    return this.props.children;
  }
}
