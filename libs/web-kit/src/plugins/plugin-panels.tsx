import type { CSSProperties } from 'react';

// web-kit has no design system of its own (@simpul/ui builds on it): these use Mantine's CSS
// variables, which the portal defines, with plain fallbacks.

/** Height a plugin keeps while loading and when it fails, so the page does not jump. */
export const PLUGIN_MIN_HEIGHT = 160;

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export function PluginSkeleton({ label }: { label: string }) {
  return (
    <div
      role="status"
      style={{
        height: PLUGIN_MIN_HEIGHT,
        borderRadius: 'var(--mantine-radius-md, 8px)',
        background: 'var(--mantine-color-gray-1, #f1f3f5)',
      }}
    >
      <span style={visuallyHidden}>{label}</span>
    </div>
  );
}

export function PluginErrorPanel({
  title,
  message,
  retryLabel,
  onRetry,
}: {
  title: string;
  message: string;
  retryLabel: string;
  onRetry: () => void;
}) {
  return (
    <div
      role="alert"
      style={{
        minHeight: PLUGIN_MIN_HEIGHT,
        boxSizing: 'border-box',
        padding: 'var(--mantine-spacing-md, 16px)',
        borderRadius: 'var(--mantine-radius-md, 8px)',
        border: '1px solid var(--mantine-color-red-3, #ffa8a8)',
        background: 'var(--mantine-color-red-0, #fff5f5)',
        color: 'var(--mantine-color-dark-9, #141517)',
      }}
    >
      <p style={{ margin: 0, fontWeight: 700, fontSize: 'var(--mantine-font-size-lg, 18px)' }}>{title}</p>
      <p style={{ margin: '8px 0 12px' }}>{message}</p>
      <button
        type="button"
        onClick={onRetry}
        style={{
          font: 'inherit',
          fontWeight: 600,
          padding: '8px 16px',
          border: 0,
          borderRadius: 'var(--mantine-radius-sm, 4px)',
          background: 'var(--mantine-color-red-9, #c92a2a)',
          color: '#fff',
          cursor: 'pointer',
        }}
      >
        {retryLabel}
      </button>
    </div>
  );
}
