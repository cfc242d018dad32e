import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of a plugin that threw while rendering. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Catches what one plugin throws while rendering, so neither the page nor another plugin goes down
 * with it. A retry remounts it (the slot changes its key).
 */
export class PluginErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
