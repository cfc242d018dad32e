import { ErrorPanel, LoadingState } from '@simpul/ui';
import { useT, type QueryState } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { KIPP } from '../messages';

/** Loading, then the error panel with retry, then the page: the same three states on every page. */
export function QueryView<T>({ query, children }: { query: QueryState<T>; children: (data: T) => ReactNode }) {
  const t = useT(KIPP);
  if (query.errors && !query.data) {
    return <ErrorPanel title={t('error.loadTitle')} message={query.errors.map((e) => e.message).join(' ')} onRetry={query.refetch} retryLabel={t('error.retry')} />;
  }
  if (!query.data) return <LoadingState label={t('loading')} />;
  return <>{children(query.data)}</>;
}
