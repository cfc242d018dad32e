import { trendSeries } from './trend-series';

describe('trendSeries', () => {
  it('orders the national IPP 2017–2021 and states each year-on-year change exactly', () => {
    const national = [
      { year: 2019, ipp: 3.63 },
      { year: 2017, ipp: 3.28 },
      { year: 2018, ipp: 3.38 },
      { year: 2021, ipp: 3.79 },
      { year: 2020, ipp: 3.84 },
    ];
    const [series] = trendSeries(national, { period: (row) => row.year, value: (row) => row.ipp });
    expect(series.group).toBe('all');
    expect(series.points.map((point) => [point.period, point.value, point.change])).toEqual([
      [2017, 3.28, null],
      [2018, 3.38, 0.1],
      [2019, 3.63, 0.25],
      [2020, 3.84, 0.21],
      [2021, 3.79, -0.05],
    ]);
  });

  it('builds one series per group, aggregating several lokus per period', () => {
    const rows = [
      { unit: 'dpmptsp', year: 2019, ipp: 3.23 },
      { unit: 'dpmptsp', year: 2020, ipp: 3.14 },
      { unit: 'samsat', year: 2019, ipp: 2.58 },
      { unit: 'samsat', year: 2020, ipp: 2.09 },
      { unit: 'samsat', year: 2020, ipp: 2.2 },
    ];
    const series = trendSeries(rows, { period: (row) => row.year, value: (row) => row.ipp, group: (row) => row.unit });
    expect(series.map((entry) => entry.group)).toEqual(['dpmptsp', 'samsat']);
    // samsat 2020: (2.09 + 2.20) / 2 = 2.145 → 2.15; change 2.15 − 2.58 = −0.43
    expect(series[1].points[1]).toEqual({ period: 2020, value: 2.15, count: 2, change: -0.43 });
  });
});
