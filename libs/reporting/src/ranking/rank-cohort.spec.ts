import fc from 'fast-check';
import { rankCohort } from './rank-cohort';

const rows = (values: number[]) => values.map((value, i) => ({ id: `u${String(i).padStart(2, '0')}`, value }));
const byValue = { key: (row: { id: string }) => row.id, value: (row: { value: number }) => row.value };

describe('rankCohort', () => {
  it('uses competition ranking: equal values share a rank and the next rank skips ("1224")', () => {
    const ranked = rankCohort(rows([4.2, 4.5, 3.9, 4.2]), byValue);
    expect(ranked.map((entry) => [entry.key, entry.rank, entry.tied])).toEqual([
      ['u01', 1, false],
      ['u00', 2, true],
      ['u03', 2, true],
      ['u02', 4, false],
    ]);
  });

  it('ranks reported values: 4.021 and 4.024 both report as 4.02 and tie; 4.025 reports as 4.03', () => {
    const ranked = rankCohort(rows([4.021, 4.024, 4.025]), byValue);
    expect(ranked.map((entry) => [entry.key, entry.value, entry.rank])).toEqual([
      ['u02', 4.03, 1],
      ['u00', 4.02, 2],
      ['u01', 4.02, 2],
    ]);
  });

  it('says "rank 20 of 34" for Samsat Kalimantan Selatan 4.02 among 34 Samsat (2022)', () => {
    const values = [...Array.from({ length: 19 }, (_, i) => 4.5 - i * 0.02), 4.02, ...Array.from({ length: 14 }, (_, i) => 3.9 - i * 0.05)];
    const samsat = rankCohort(rows(values), byValue).find((entry) => entry.key === 'u19');
    expect(samsat).toMatchObject({ rank: 20, of: 34, label: { id: 'peringkat 20 dari 34', en: 'rank 20 of 34' } });
    // 14 behind, 1 level (itself): (14 + 0.5) / 34 × 100 = 42.647… → 42.65
    expect(samsat?.percentile).toBe(42.65);
  });

  it('breaks ties with the stated tie-breakers, in turn, and lets rows equal on all of them share the rank', () => {
    const lokus = [
      { id: 'a', value: 4.02, evaluator: 4.1, users: 3.8 },
      { id: 'b', value: 4.02, evaluator: 4.0, users: 4.1 },
      { id: 'c', value: 4.02, evaluator: 4.1, users: 3.8 },
    ];
    const ranked = rankCohort(lokus, { ...byValue, tieBreakers: [{ value: (row) => row.evaluator }] });
    expect(ranked.map((entry) => [entry.key, entry.rank])).toEqual([
      ['a', 1],
      ['c', 1],
      ['b', 3],
    ]);
  });

  it('ranks ascending when lower is better', () => {
    expect(rankCohort(rows([3, 1, 2]), { ...byValue, order: 'asc' }).map((entry) => entry.key)).toEqual(['u01', 'u02', 'u00']);
  });

  it('refuses a value that is not a number, naming the row', () => {
    expect(() => rankCohort(rows([4, Number.NaN]), byValue)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'rows[1].value' }),
    );
  });

  it('gives every row 1 + the number of rows strictly ahead, and percentiles within 0–100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 60 }), (hundredths) => {
        const values = hundredths.map((value) => value / 100);
        const ranked = rankCohort(rows(values), byValue);
        for (const entry of ranked) {
          expect(entry.rank).toBe(1 + values.filter((value) => value > entry.value).length);
          expect(entry.of).toBe(values.length);
          expect(entry.percentile).toBeGreaterThan(0);
          expect(entry.percentile).toBeLessThanOrEqual(100);
        }
        for (let i = 1; i < ranked.length; i += 1) expect(ranked[i].rank).toBeGreaterThanOrEqual(ranked[i - 1].rank);
      }),
    );
  });
});
