import { ScoringInputError } from '../errors/scoring-input-error';
import type { OmbudsmanZone } from './ombudsman-zone';
import opinions from './data/ombudsman-opinions-2022.json';

export type OmbudsmanOpinion = 'A' | 'B' | 'C' | 'D' | 'E';

export interface OmbudsmanOpinionInfo {
  code: OmbudsmanOpinion;
  label: string;
  labelEn: string;
  zone: OmbudsmanZone;
}

export interface OmbudsmanOpinionTable {
  id: string;
  title: string;
  source: string;
  opinions: OmbudsmanOpinionInfo[];
}

/** The 2022–2023 opinion categories and the zone each falls in (A, B Hijau; C Kuning; D, E Merah). */
export const OMBUDSMAN_OPINION_TABLE = opinions as OmbudsmanOpinionTable;

/** The category with its labels and zone; an unknown code is a ScoringInputError on `opinion`. */
export function ombudsmanOpinionInfo(opinion: string): OmbudsmanOpinionInfo {
  const found = OMBUDSMAN_OPINION_TABLE.opinions.find((row) => row.code === opinion);
  if (!found)
    throw new ScoringInputError('opinion', {
      id: 'Opini Ombudsman harus salah satu dari A, B, C, D atau E.',
      en: 'The Ombudsman opinion must be one of A, B, C, D or E.',
    });
  return found;
}

/** The zone of an opinion category (B → HIJAU, C → KUNING, E → MERAH). */
export function ombudsmanOpinionZone(opinion: string): OmbudsmanZone {
  return ombudsmanOpinionInfo(opinion).zone;
}
