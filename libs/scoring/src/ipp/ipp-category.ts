import { compileBands, matchBand } from '../bands/band';
import type { BandTable } from '../bands/band';
import type { Fraction } from '../decimal/fraction';
import type { IppCategoryCode } from './ipp-category-code';
import { IPP_CATEGORY_TABLE } from './ipp-category-table';

export { IPP_CATEGORY_TABLE };

export interface IppCategory {
  code: IppCategoryCode;
  /** Indonesian label as published ("Pelayanan Prima"). */
  label: string;
  labelEn: string;
}

const BANDS = compileBands(IPP_CATEGORY_TABLE);
const SCALE = { id: 'IPP', en: 'IPP' };

/**
 * The PEKPPP category of an IPP after half-up rounding to two decimals (4.505 → 4.51 → A).
 * A value outside 0.00–5.00 throws ScoringInputError.
 */
export function ippCategory(value: number | Fraction, table: BandTable<IppCategoryCode> = IPP_CATEGORY_TABLE): IppCategory {
  const bands = table === IPP_CATEGORY_TABLE ? BANDS : compileBands(table);
  const { band } = matchBand(bands, value, 'value', SCALE);
  return { code: band.code, label: band.label, labelEn: band.labelEn };
}
