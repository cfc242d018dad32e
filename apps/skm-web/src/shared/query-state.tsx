import { ErrorPanel, LoadingState } from '@simpul/ui';
import { useT, type QueryState } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { SKM } from '../messages';

/** Loading, then the error panel with retry, then the page: the same three states on every page. */
export function QueryView<T>({ query, children }: { query: QueryState<T>; children: (data: T) => ReactNode }) {
  const t = useT(SKM);
  if (query.errors && !query.data) {
    return <ErrorPanel title={t('error.loadTitle')} message={query.errors.map((e) => e.message).join(' ')} onRetry={query.refetch} />;
  }
  if (!query.data) return <LoadingState />;
  return <>{children(query.data)}</>;
}
