import { useT, type QueryState } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { UI } from '../messages';
import { ErrorPanel } from './error-panel';
import { LoadingState } from './loading-state';

/**
 * Loading, then the error panel with retry, then the page: the same three states on every page.
 * Data already shown stays on screen when a refetch fails, so a table does not vanish.
 */
export function QueryView<T>({
  query,
  errorTitle,
  children,
}: {
  query: QueryState<T>;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}) {
  const t = useT(UI);
  if (query.errors && !query.data) {
    return (
      <ErrorPanel title={errorTitle ?? t('loadFailed')} message={query.errors.map((e) => e.message).join(' ')} onRetry={query.refetch} />
    );
  }
  if (!query.data) return <LoadingState />;
  return <>{children(query.data)}</>;
}
