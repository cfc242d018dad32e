import { compileBands, matchBand, type BandTable } from '../bands/band';
import type { Fraction } from '../decimal/fraction';
import zones from './data/ombudsman-zones-2015.json';

export type OmbudsmanZone = 'HIJAU' | 'KUNING' | 'MERAH';

export const OMBUDSMAN_ZONE_TABLE = zones as BandTable<OmbudsmanZone>;
const BANDS = compileBands(OMBUDSMAN_ZONE_TABLE);

/** The 2015–2021 compliance zone of a score on 0–100, after half-up rounding to two decimals (69.63 → KUNING). */
export function ombudsmanZone(score: number | Fraction): OmbudsmanZone {
  return matchBand(BANDS, score, 'score', { id: 'kepatuhan Ombudsman', en: 'Ombudsman compliance' }).band.code;
}

/** The zone with its labels, for display. */
export function ombudsmanZoneInfo(score: number | Fraction): { code: OmbudsmanZone; label: string; labelEn: string } {
  const { band } = matchBand(BANDS, score, 'score', { id: 'kepatuhan Ombudsman', en: 'Ombudsman compliance' });
  return { code: band.code, label: band.label, labelEn: band.labelEn };
}
