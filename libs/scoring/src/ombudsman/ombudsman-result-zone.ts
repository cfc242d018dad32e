import { ScoringInputError } from '../errors/scoring-input-error';
import { ombudsmanOpinionZone } from './ombudsman-opinion';
import { ombudsmanZone, type OmbudsmanZone } from './ombudsman-zone';

/** The method that produced a published result (docs/domain.md §7). */
export type OmbudsmanMethod = 'KEPATUHAN_2015' | 'OPINI_2022' | 'OPINI_2025';

export interface OmbudsmanPublishedResult {
  method: OmbudsmanMethod;
  score: number | null;
  opinion: string | null;
}

/**
 * The zone of a result as published: the opinion's zone when the method gives an opinion (2022 on),
 * otherwise the 2015–2021 band of the score. A result with neither is a ScoringInputError.
 */
export function ombudsmanResultZone(result: OmbudsmanPublishedResult): OmbudsmanZone {
  if (result.method !== 'KEPATUHAN_2015' && result.opinion !== null) return ombudsmanOpinionZone(result.opinion);
  if (result.score !== null) return ombudsmanZone(result.score);
  throw new ScoringInputError(result.method === 'KEPATUHAN_2015' ? 'score' : 'opinion', {
    id:
      result.method === 'KEPATUHAN_2015'
        ? 'Nilai kepatuhan wajib diisi untuk metode 2015–2021.'
        : 'Opini Ombudsman wajib diisi untuk metode opini.',
    en:
      result.method === 'KEPATUHAN_2015'
        ? 'The compliance score is required for the 2015–2021 method.'
        : 'The Ombudsman opinion is required for the opinion method.',
  });
}
