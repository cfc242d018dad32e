import { rankRanges, respondentSpread, samplingMargin, type SampledPart } from './rank-range';
import { t975 } from './t-quantile';

interface Row {
  id: string;
  index: number;
  /** [respondents, spread, minimum]; used when respondents reach the minimum. Absent: no survey part. */
  f03?: [number, number | null, number];
}

const survey = (row: Row): SampledPart | null =>
  row.f03 ? { weight: 0.25, respondents: row.f03[0], spread: row.f03[1], minimum: row.f03[2], used: row.f03[0] >= row.f03[2] } : null;

const rangesOf = (rows: Row[]) =>
  rankRanges(rows, { key: (row) => row.id, value: (row) => row.index, sample: survey }).map((entry) => [
    entry.key,
    entry.rank,
    `${entry.best}–${entry.worst}`,
    entry.uncertain,
  ]);

// Every expected range below is worked out by hand in the comment beside its case.
describe('rankRanges', () => {
  it.each<[string, Row[], (string | number | boolean)[][]]>([
    [
      // Rounding alone: 4.20 and 4.20 may be 4.195… or 4.204…, either may lead: both 2–3.
      'ties share the range of the places they occupy',
      [
        { id: 'a', index: 4.5 },
        { id: 'b', index: 4.2 },
        { id: 'c', index: 4.2 },
        { id: 'd', index: 3.9 },
      ],
      [
        ['a', 1, '1–1', false],
        ['b', 2, '2–3', true],
        ['c', 2, '2–3', true],
        ['d', 4, '4–4', false],
      ],
    ],
    [
      // 4.03 is at least 4.025 and 4.02 below 4.025: half-up rounding keeps distinct reported values in order.
      '0,01 apart with no survey part: the published rounding alone orders them',
      [
        { id: 'a', index: 4.03 },
        { id: 'b', index: 4.02 },
        { id: 'c', index: 4.01 },
      ],
      [
        ['a', 1, '1–1', false],
        ['b', 2, '2–2', false],
        ['c', 3, '3–3', false],
      ],
    ],
    [
      // n = 16, s = 0.4: margin = 0.25 × t(15) 2.131 × 0.4 / 4 = 0.0533, + 0.005 rounding = 0.0583.
      // The four 4.02–4.05 are at most 0.03 apart (< 2 × 0.0583): they overlap and share 2–5.
      // 4.50 − 0.0583 = 4.4417 lies above 4.05 + 0.0583 = 4.1083; 3.50 + 0.0583 below 4.02 − 0.0583.
      'four lokus 0,01 apart with surveys of 16: places 2–5 each',
      [
        { id: 'lead', index: 4.5, f03: [16, 0.4, 10] },
        { id: 'p', index: 4.05, f03: [16, 0.4, 10] },
        { id: 'q', index: 4.04, f03: [16, 0.4, 10] },
        { id: 'r', index: 4.03, f03: [16, 0.4, 10] },
        { id: 's', index: 4.02, f03: [16, 0.4, 10] },
        { id: 'tail', index: 3.5, f03: [16, 0.4, 10] },
      ],
      [
        ['lead', 1, '1–1', false],
        ['p', 2, '2–5', true],
        ['q', 3, '2–5', true],
        ['r', 4, '2–5', true],
        ['s', 5, '2–5', true],
        ['tail', 6, '6–6', false],
      ],
    ],
    [
      // n = 20, s = 0.3: 0.25 × t(19) 2.093 × 0.3 / √20 = 0.0351, + 0.005 = 0.0401.
      // tiny, n = 3, s = 0.5: 0.25 × t(2) 4.303 × 0.5 / √3 = 0.3105, + 0.005 = 0.3155 → [3.8845, 4.5155].
      // a [4.3599, 4.4401] and c [3.9599, 4.0401] both overlap tiny, not each other; d [3.4599, 3.5401] is apart.
      'one result with a tiny sample widens its own range and its neighbours',
      [
        { id: 'a', index: 4.4, f03: [20, 0.3, 3] },
        { id: 'tiny', index: 4.2, f03: [3, 0.5, 3] },
        { id: 'c', index: 4.0, f03: [20, 0.3, 3] },
        { id: 'd', index: 3.5, f03: [20, 0.3, 3] },
      ],
      [
        ['a', 1, '1–2', true],
        ['tiny', 2, '1–3', true],
        ['c', 3, '2–3', true],
        ['d', 4, '4–4', false],
      ],
    ],
    [
      // Five equal reported values: any order is possible.
      'all equal: every result is 1–5',
      [3.75, 3.75, 3.75, 3.75, 3.75].map((index, i) => ({ id: `u${i}`, index })),
      [0, 1, 2, 3, 4].map((i) => [`u${i}`, 1, '1–5', true]),
    ],
    [
      // n = 20, s = 0.5: 0.25 × 2.093 × 0.5 / √20 = 0.0585, + 0.005 = 0.0635. 4.80 − 0.0635 is far above 4.10 + 0.0635;
      // 4.10 − 0.0635 = 4.0365 < 4.00 + 0.0635 = 4.0635: the three followers overlap in a chain and all read 2–4.
      'a clear leader keeps rank 1 exactly while the close followers share 2–4',
      [
        { id: 'leader', index: 4.8, f03: [20, 0.5, 10] },
        { id: 'b', index: 4.1, f03: [20, 0.5, 10] },
        { id: 'c', index: 4.05, f03: [20, 0.5, 10] },
        { id: 'd', index: 4.0, f03: [20, 0.5, 10] },
      ],
      [
        ['leader', 1, '1–1', false],
        ['b', 2, '2–4', true],
        ['c', 3, '2–4', true],
        ['d', 4, '2–4', true],
      ],
    ],
  ])('%s', (_, rows, expected) => {
    expect(rangesOf(rows)).toEqual(expected);
  });

  it('reports the half-width it used: rounding plus the survey margin, three decimals', () => {
    const [entry] = rankRanges([{ id: 'p', index: 4.05, f03: [16, 0.4, 10] }] as Row[], {
      key: (row) => row.id,
      value: (row) => row.index,
      sample: survey,
    });
    expect(entry.margin).toBe(0.058); // 0.005 + 0.0533
  });

  it('flags a survey under its minimum, leaves it out of the margin, and says null where there is no survey', () => {
    const ranked = rankRanges(
      [
        { id: 'none', index: 4.3 },
        { id: 'short', index: 4.2, f03: [4, 0.5, 10] },
        { id: 'enough', index: 4.1, f03: [10, 0.5, 10] },
      ] as Row[],
      { key: (row) => row.id, value: (row) => row.index, sample: survey },
    );
    expect(ranked.map((entry) => [entry.key, entry.sampleBelowMinimum, entry.margin])).toEqual([
      ['none', null, 0.005],
      // Under the minimum the IPP is the F-02 index alone: only rounding is left.
      ['short', true, 0.005],
      // 0.25 × t(9) 2.262 × 0.5 / √10 = 0.0894, + 0.005 = 0.0944.
      ['enough', false, 0.094],
    ]);
  });

  it('ranks ascending when lower is better, with the same overlaps', () => {
    const ranked = rankRanges(
      [
        { id: 'x', v: 2 },
        { id: 'y', v: 1 },
        { id: 'z', v: 1 },
      ],
      { key: (row) => row.id, value: (row) => row.v, order: 'asc' },
    );
    expect(ranked.map((entry) => [entry.value, entry.best, entry.worst])).toEqual([
      [1, 1, 2],
      [1, 1, 2],
      [2, 3, 3],
    ]);
  });
});

describe('samplingMargin', () => {
  it.each<[string, SampledPart, number]>([
    ['is 0 when the survey did not count', { weight: 0.25, respondents: 4, spread: 0.5, used: false, minimum: 10 }, 0],
    // 0.25 × t(15) 2.131 × 2.5 / 4 = 0.3330
    [
      'assumes the widest spread of a 0–5 answer (2.5) when the spread is unknown',
      { weight: 0.25, respondents: 16, spread: null, used: true, minimum: 0 },
      0.333,
    ],
    // one respondent says nothing about spread: the survey part may be anywhere on 0–5, 0.25 × 5
    ['spans the whole scale with a single respondent', { weight: 0.25, respondents: 1, spread: 0.2, used: true, minimum: 0 }, 1.25],
  ])('%s', (_, part, expected) => {
    expect(Math.round(samplingMargin(part) * 1000) / 1000).toBe(expected);
  });
});

describe('respondentSpread', () => {
  it('is the sample standard deviation of each respondent’s mean answer, unanswered items left out', () => {
    // means 4, 2, 3 → mean 3, variance (1 + 1 + 0) / 2 = 1
    expect(respondentSpread([[4, 4], [2, 2, null], [3]])).toBe(1);
  });

  it('is unknown with fewer than two respondents who answered', () => {
    expect(
      respondentSpread([
        [4, 5],
        [null, null],
      ]),
    ).toBeNull();
  });
});

describe('t975', () => {
  it.each([
    [1, 12.706],
    [15, 2.131],
    [35, 2.042], // between 30 and 40: the wider t(30)
    [500, 1.96],
  ])('t(%i) = %f', (df, expected) => {
    expect(t975(df)).toBe(expected);
  });
});
