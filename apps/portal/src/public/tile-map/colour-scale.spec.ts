import { CLASS_COLOURS, classOf, contrast, NO_DATA } from './colour-scale';
import { GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES } from './province-tiles';

describe('the province tile grid', () => {
  it('has each of the 38 provinces once, each on its own square inside the grid', () => {
    expect(PROVINCE_TILES).toHaveLength(38);
    expect(new Set(PROVINCE_TILES.map((tile) => tile.code)).size).toBe(38);
    expect(new Set(PROVINCE_TILES.map((tile) => `${tile.column},${tile.row}`)).size).toBe(38);
    for (const tile of PROVINCE_TILES) {
      expect(tile.code).toMatch(/^\d{2}$/);
      expect(tile.column).toBeGreaterThanOrEqual(0);
      expect(tile.column).toBeLessThan(GRID_COLUMNS);
      expect(tile.row).toBeGreaterThanOrEqual(0);
      expect(tile.row).toBeLessThan(GRID_ROWS);
      // The short name fits a tile.
      expect(tile.short.length).toBeLessThanOrEqual(7);
    }
    // The four provinces created in 2022 are there.
    expect(PROVINCE_TILES.filter((tile) => ['93', '94', '95', '96'].includes(tile.code)).map((tile) => tile.name)).toEqual([
      'Papua Barat Daya',
      'Papua Tengah',
      'Papua Pegunungan',
      'Papua Selatan',
    ]);
  });

  it('rule: every tile’s text is readable on its colour at WCAG AA (4.5:1), and a light tile is told from the page by its border (3:1)', () => {
    for (const { fill, text } of CLASS_COLOURS) expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(NO_DATA.fill, NO_DATA.text)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', NO_DATA.stroke)).toBeGreaterThanOrEqual(3);
    expect(contrast('#ffffff', '#495057')).toBeGreaterThanOrEqual(3);
  });

  it('puts a value in its class by the breaks, a value on a break in the class above', () => {
    const breaks = [3, 3.5, 4, 4.5];
    expect([2.9, 3, 3.49, 3.5, 4.02, 4.5, 5].map((value) => classOf(value, breaks))).toEqual([0, 1, 1, 2, 3, 4, 4]);
  });
});
