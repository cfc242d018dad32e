import { isRefusal, useT, type QueryState } from '@simpul/web-kit';
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
  refused,
  children,
}: {
  query: QueryState<T>;
  errorTitle?: string;
  /** What to say when the service refuses the caller (who may see this, and when), instead of a retry. */
  refused?: { title: string; message: string };
  children: (data: T) => ReactNode;
}) {
  const t = useT(UI);
  if (refused && isRefusal(query.errors)) return <ErrorPanel title={refused.title} message={refused.message} />;
  if (query.errors && !query.data) {
    return (
      <ErrorPanel title={errorTitle ?? t('loadFailed')} message={query.errors.map((e) => e.message).join(' ')} onRetry={query.refetch} />
    );
  }
  if (!query.data) return <LoadingState />;
  return <>{children(query.data)}</>;
}
