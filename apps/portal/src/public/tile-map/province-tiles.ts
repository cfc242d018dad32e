import grid from './province-tiles.json';

/** One province's square on the tile grid (positions and the reason for a grid: province-tiles.json). */
export interface ProvinceTile {
  /** Kemendagri code, e.g. "63". */
  code: string;
  name: string;
  /** The short name written in the tile, e.g. "KALSEL". */
  short: string;
  column: number;
  row: number;
}

export const PROVINCE_TILES: readonly ProvinceTile[] = grid.tiles;
export const GRID_COLUMNS = grid.columns;
export const GRID_ROWS = grid.rows;

/** A province's name by code, for figures whose service sends only the code. */
export function provinceName(code: string): string {
  return PROVINCE_TILES.find((tile) => tile.code === code)?.name ?? code;
}
