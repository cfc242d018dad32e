import dimensions from './data/ombudsman-dimensions-2023.json';

export type OmbudsmanDimension = 'INPUT' | 'PROSES' | 'OUTPUT' | 'PENGADUAN';

export interface OmbudsmanDimensionInfo {
  code: OmbudsmanDimension;
  label: string;
  labelEn: string;
  /** Percent of the total, as published ("21.85"). */
  weight: string;
}

export interface OmbudsmanDimensionTable {
  id: string;
  title: string;
  source: string;
  /** The assessment years these weights were published for. */
  years: number[];
  dimensions: OmbudsmanDimensionInfo[];
}

/** The four dimensions and their 2023 weights (Input 21.85 %, Proses 32.37 %, Output 24.24 %, Pengaduan 21.54 %). */
export const OMBUDSMAN_DIMENSION_TABLE = dimensions as OmbudsmanDimensionTable;

export const OMBUDSMAN_DIMENSIONS: readonly OmbudsmanDimension[] = OMBUDSMAN_DIMENSION_TABLE.dimensions.map((row) => row.code);

/**
 * The published weight (percent) of a dimension in a year's assessment, or null where none was
 * published (2022 named the dimensions without weights we hold; later years are open).
 */
export function ombudsmanDimensionWeight(dimension: OmbudsmanDimension, year: number): number | null {
  if (!OMBUDSMAN_DIMENSION_TABLE.years.includes(year)) return null;
  const found = OMBUDSMAN_DIMENSION_TABLE.dimensions.find((row) => row.code === dimension);
  return found ? Number(found.weight) : null;
}
