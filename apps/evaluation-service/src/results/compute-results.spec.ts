import { rankWithinCohorts } from './compute-results';

// The one ranking of a recompute, the seed and a correction: "k of n" within each cohort.

describe('rankWithinCohorts', () => {
  const rows = [
    { id: 'a', cohort: 'PROVINCE:SAMSAT', index: 3.1 },
    { id: 'b', cohort: 'REGENCY:DPMPTSP', index: 4.2 },
    { id: 'c', cohort: 'PROVINCE:SAMSAT', index: 4.02 },
    { id: 'd', cohort: 'PROVINCE:SAMSAT', index: 3.1 },
    { id: 'e', cohort: 'PROVINCE:SAMSAT', index: 2.5 },
  ];
  const ranked = rankWithinCohorts(rows, { cohort: (row) => row.cohort, key: (row) => row.id, index: (row) => row.index });

  it('ranks each cohort on its own, highest index first, ties sharing a rank', () => {
    expect(ranked.map((item) => [item.row.id, item.rank, item.cohortSize])).toEqual([
      ['c', 1, 4],
      ['a', 2, 4],
      ['d', 2, 4],
      ['e', 4, 4],
      ['b', 1, 1],
    ]);
  });

  it('keeps every row once', () => {
    expect(ranked.map((item) => item.row.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
