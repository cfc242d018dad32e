import { parseGraphQLErrors, type Language } from '@simpul/web-kit';
import type {
  PublicIkmByProvinceQuery,
  PublicIkmDistributionQuery,
  PublicIppByProvinceQuery,
  PublicKippAwardsQuery,
  PublicMallGrowthQuery,
  PublicOmbudsmanZonesQuery,
} from '../__generated__/operations';
import { PUBLIC_IKM, PUBLIC_IKM_MAP, PUBLIC_IPP, PUBLIC_KIPP, PUBLIC_MPP, PUBLIC_OMBUDSMAN } from './public-figures-query';

/** One figure's answer: still coming, failed (with the server's message when it sent one), or its data. */
export type Figure<T> = { kind: 'loading' } | { kind: 'error'; message?: string } | { kind: 'ready'; data: T };

export interface Figures {
  ipp: Figure<PublicIppByProvinceQuery>;
  ikm: Figure<PublicIkmDistributionQuery>;
  ikmMap: Figure<PublicIkmByProvinceQuery>;
  mpp: Figure<PublicMallGrowthQuery>;
  kipp: Figure<PublicKippAwardsQuery>;
  ombudsman: Figure<PublicOmbudsmanZonesQuery>;
}

export type FigureKey = keyof Figures;

/** The same public queries the portal asks, one per figure: a service that is down fails its figure alone. */
export const QUERIES: Record<FigureKey, { source: string }> = {
  ipp: PUBLIC_IPP,
  ikm: PUBLIC_IKM,
  ikmMap: PUBLIC_IKM_MAP,
  mpp: PUBLIC_MPP,
  kipp: PUBLIC_KIPP,
  ombudsman: PUBLIC_OMBUDSMAN,
};

export const ALL_LOADING: Figures = {
  ipp: { kind: 'loading' },
  ikm: { kind: 'loading' },
  ikmMap: { kind: 'loading' },
  mpp: { kind: 'loading' },
  kipp: { kind: 'loading' },
  ombudsman: { kind: 'loading' },
};

/** One figure from the portal's /graphql, signed out (no token: these queries are public). */
export async function fetchFigure(fetcher: typeof fetch, key: FigureKey, language: Language): Promise<Figure<never>> {
  try {
    const response = await fetcher('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ query: QUERIES[key].source }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    // As useQuery reads errors: the message in the page's language, never an internal error's own text.
    const errors = Array.isArray(body.errors) && body.errors.length > 0 ? parseGraphQLErrors(body.errors, language) : null;
    if (errors || !body.data) return { kind: 'error', message: errors?.[0]?.message };
    return { kind: 'ready', data: body.data as never };
  } catch {
    return { kind: 'error' };
  }
}
