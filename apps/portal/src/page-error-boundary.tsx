import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { PageError } from './page-error';

interface Props {
  pathname: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** The page shown; moving to another one renders it again. */
  pathname: string;
}

class Boundary extends Component<Props, State> {
  override state: State = { failed: false, pathname: this.props.pathname };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.pathname === state.pathname ? null : { failed: false, pathname: props.pathname };
  }

  override render() {
    return this.state.failed ? <PageError /> : this.props.children;
  }
}

/**
 * A portal page that throws while rendering shows PageError instead of a blank page; following a
 * link to another page renders that page again.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary pathname={pathname}>{children}</Boundary>;
}
