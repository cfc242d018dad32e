import { useQuery } from '@simpul/web-kit';
import { useMemo } from 'react';
import { mallNamesDocument } from './pickers.operations';

/** Mall names by id for the malls a page mentions, fetched together. */
export function useMallNames(ids: (string | null | undefined)[]): Record<string, string> {
  const key = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort().join(',');
  const unique = useMemo(() => (key ? key.split(',') : []), [key]);
  const document = useMemo(() => mallNamesDocument(unique), [unique]);
  const variables = Object.fromEntries(unique.map((id, index) => [`m${index}`, id]));
  const query = useQuery(document, variables, { skip: unique.length === 0 });
  const names: Record<string, string> = {};
  for (const mall of Object.values(query.data ?? {})) if (mall) names[mall.id] = mall.name;
  return names;
}
