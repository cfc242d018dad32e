import { compileBands, matchBand, type BandTable } from '../bands/band';
import type { Fraction } from '../decimal/fraction';
import ikmCategories from './data/ikm-categories-2017.json';

export type IkmCategoryCode = 'A' | 'B' | 'C' | 'D';

export interface IkmCategory {
  /** Mutu pelayanan. */
  code: IkmCategoryCode;
  /** Kinerja unit pelayanan ("Sangat Baik"). */
  label: string;
  labelEn: string;
}

export const IKM_CATEGORY_TABLE = ikmCategories as BandTable<IkmCategoryCode>;
const BANDS = compileBands(IKM_CATEGORY_TABLE);

/** Mutu and kinerja of an IKM value on 25–100, after half-up rounding to two decimals (88.305 → 88.31 → A). */
export function ikmCategory(value: number | Fraction): IkmCategory {
  const { band } = matchBand(BANDS, value, 'value', { id: 'IKM', en: 'IKM' });
  return { code: band.code, label: band.label, labelEn: band.labelEn };
}
